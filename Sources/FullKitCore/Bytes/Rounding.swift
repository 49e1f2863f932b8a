extension Double {
    /// The value rounded to `places` decimal places (for reports, so they do not show floating-point noise).
    package func rounded(toPlaces places: Int) -> Double {
        let scale = DecimalNumber.powerOfTen(places)
        return (self * scale).rounded() / scale
    }
}
