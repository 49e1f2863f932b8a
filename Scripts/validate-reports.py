#!/usr/bin/python3
"""Validates FullKit reports against JSON Schemas (Debian's python3-jsonschema, installed by
Scripts/install-dependencies). Used by the end-to-end tests; also handy by hand:

    Scripts/validate-reports.py report SCHEMA FILE...    each FILE is one JSON document (check --format json)
    Scripts/validate-reports.py jsonl SCHEMA FILE...     each line of each FILE is a jsonlLine of SCHEMA
    Scripts/validate-reports.py sarif SCHEMA FILE...     each FILE is a SARIF log (SCHEMA: the SARIF 2.1.0 schema)

Prints one line per problem (file, line, JSON path, message) and exits 1 if there is any, else 0.
"""
import json
import sys

import jsonschema


def validator(kind, schema):
    if kind == "jsonl":
        schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/jsonlLine"}
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def main():
    kind, schema_path, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(schema_path, encoding="utf-8") as handle:
        check = validator(kind, json.load(handle))
    problems = 0
    documents = 0
    for path in files:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        units = [(1, text)] if kind != "jsonl" else [(n + 1, line) for n, line in enumerate(text.splitlines()) if line]
        for number, unit in units:
            documents += 1
            try:
                document = json.loads(unit)
            except json.JSONDecodeError as error:
                print(f"{path}:{number}: not JSON: {error}")
                problems += 1
                continue
            for error in check.iter_errors(document):
                where = "/".join(str(part) for part in error.absolute_path)
                print(f"{path}:{number}: /{where}: {error.message[:300]}")
                problems += 1
    print(f"{documents} documents, {problems} problems", file=sys.stderr)
    return 1 if problems or documents == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
