// libFuzzer entry point for the article reader and the text analysis (see scripts/fuzz.sh).
//
// Built normally (`swift build`), this is a small replay tool: `briefgen-fuzz FILE...` runs each file through the
// same probe and prints any broken invariant, so a crash input from the fuzzer can be reproduced in a debug build.
// Built by scripts/fuzz.sh with `-Xswiftc -DBRIEFGEN_FUZZ -Xswiftc -sanitize=fuzzer,address`, its `main` hands over to
// libFuzzer's driver (`LLVMFuzzerRunDriver`), which calls `LLVMFuzzerTestOneInput` for every input. (Leaving `main`
// to libFuzzer with `-parse-as-library` does not link: SwiftPM maps `main` to `briefgen_fuzz_main` with --defsym.)
import BriefgenSite
import Foundation

/// The first byte picks the format (odd: Markdown), the rest is the file.
func probe(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    guard let first = bytes.first else { return [] }
    let format: Article.Format = first & 1 == 1 ? .markdown : .plainText
    let outcome = ArticleProbe.run(Data(bytes.dropFirst()), format: format)
    return outcome.violations
}

#if BRIEFGEN_FUZZ
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let violations = probe(UnsafeBufferPointer(start: data, count: size))
    if let first = violations.first { fatalError("invariant broken: \(first)") }
    return 0
}

/// libFuzzer's driver, for programs that keep their own `main` (SwiftPM links every executable's `main` to
/// `<target>_main` with `--defsym`, so the target cannot simply leave `main` to libFuzzer).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@main
struct FuzzDriver {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzz(data, size) })
    }
}
#else
@main
struct Replay {
    static func main() {
        var failed = false
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { print("\(path): cannot read"); failed = true; continue }
            let violations = data.withUnsafeBytes { probe($0.bindMemory(to: UInt8.self)) }
            print("\(path): \(violations.isEmpty ? "ok" : violations.joined(separator: "; "))")
            failed = failed || !violations.isEmpty
        }
        exit(failed ? 1 : 0)
    }
}
#endif
