"""The pieces of Scripts/make-testdata.py, one concept per module: the board model, writing output, spreadsheets,
defects and variants, hostile archives."""
