import Testing
@testable import BriefgenText

/// ``SectionTitleWriter/mostSalient(_:of:saliences:)`` keeps what sorting every stem by salience (ties to the lower
/// stem) and taking the first few keeps.
struct MostSalientStemsTests {
    private func sortedPrefix(_ count: Int, _ stems: [Int], _ saliences: [Double]) -> [Int] {
        Array(stems.sorted { saliences[$0] != saliences[$1] ? saliences[$0] > saliences[$1] : $0 < $1 }.prefix(count))
    }

    @Test func pinned() {
        let saliences: [Double] = [0.5, 2, 2, 0, 1.25, 2, 9]
        #expect(SectionTitleWriter.mostSalient(4, of: [0, 1, 2, 3, 4, 5], saliences: saliences) == [1, 2, 5, 4])
        #expect(SectionTitleWriter.mostSalient(4, of: [5, 2, 1], saliences: saliences) == [1, 2, 5])
        #expect(SectionTitleWriter.mostSalient(2, of: [3, 6, 0], saliences: saliences) == [6, 0])
        #expect(SectionTitleWriter.mostSalient(4, of: [], saliences: saliences) == [])
        #expect(SectionTitleWriter.mostSalient(0, of: [1, 2], saliences: saliences) == [])
    }

    @Test func keepsWhatSortingKeeps() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let stemCount = Int.random(in: 0...40, using: &generator)
            // Few distinct values: many ties.
            let saliences = (0..<stemCount).map { _ in Double(Int.random(in: 0...5, using: &generator)) / 4 }
            let stems = Array((0..<stemCount).shuffled(using: &generator).prefix(Int.random(in: 0...stemCount, using: &generator)))
            let count = Int.random(in: 1...6, using: &generator)
            #expect(SectionTitleWriter.mostSalient(count, of: stems, saliences: saliences) == sortedPrefix(count, stems, saliences),
                    "\(stems) \(saliences)")
        }
    }
}
