/// Calendar unit of a relative expression.
enum TimeUnit: String, Sendable, Hashable {
    case day, week, weekend, month, quarter, year, decade
}
