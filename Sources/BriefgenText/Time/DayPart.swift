/// Part of a day named with a date (`Thursday night`), as TIMEX3 suffixes it (`TNI`).
enum DayPart: String, Sendable, Hashable {
    case morning = "MO", afternoon = "AF", evening = "EV", night = "NI"
}
