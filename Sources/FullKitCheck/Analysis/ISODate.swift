import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Reads ISO 8601 date-times as written in X2 `.CreationDate` and job files (`2025-10-02T12:34:45+05:30`,
/// `2019-08-08T19:20:38Z`, `2026-11-02T09:30:00`, fractions of seconds ignored) as seconds since 1970 (UTC).
/// Without a zone, UTC is assumed.
enum ISODate {
    static func secondsSince1970(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<start + count] {
                guard ASCII.isDigit(byte) else { return nil }
                value = value * 10 + Int(byte &- ASCII.zero)
            }
            return value
        }
        guard let year = number(0, 4), bytes.count >= 10, bytes[4] == ASCII.minus, let month = number(5, 2),
            bytes[7] == ASCII.minus, let day = number(8, 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = days(year: year, month: month, day: day) * 86_400
        guard bytes.count >= 19, bytes[10] == UInt8(ascii: "T") || bytes[10] == ASCII.space,
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
        else { return seconds }
        seconds += hour * 3600 + minute * 60 + second
        var index = 19
        if index < bytes.count, bytes[index] == ASCII.period {
            index += 1
            while index < bytes.count, ASCII.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == ASCII.plus || bytes[index] == ASCII.minus,
            let zoneHours = number(index + 1, 2)
        {
            let zoneMinutes = number(index + 4, 2) ?? number(index + 3, 2) ?? 0
            let offset = zoneHours * 3600 + zoneMinutes * 60
            seconds += bytes[index] == ASCII.plus ? -offset : offset
        }
        return seconds
    }

    /// Days from 1970-01-01 to the date (proleptic Gregorian calendar).
    private static func days(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
