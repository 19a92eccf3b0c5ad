import Foundation

/// The modification times and sizes of every file a build reads: articles, templates and the configuration.
///
/// `briefgen serve` takes one every 300 ms and rebuilds when it differs from the last (polling is portable and
/// cheap for a few thousand files; no platform file-event API needed).
public struct InputSnapshot: Sendable, Equatable {
    struct Stamp: Sendable, Equatable {
        var modified: Double
        var size: Int
    }

    private var stamps: [String: Stamp] = [:]

    /// Takes a snapshot of `paths` (files, or folders walked recursively; missing ones are simply absent).
    public init(watching paths: [URL]) {
        let fm = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path.path, isDirectory: &isFolder) else { continue }
            guard isFolder.boolValue else { record(path); continue }
            let keys: [URLResourceKey] = [.isRegularFileKey, .contentModificationDateKey, .fileSizeKey]
            guard let walker = fm.enumerator(at: path, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { continue }
            for case let file as URL in walker { record(file) }
        }
    }

    private mutating func record(_ file: URL) {
        guard let values = try? file.resourceValues(forKeys: [.isRegularFileKey, .contentModificationDateKey, .fileSizeKey]),
              values.isRegularFile == true else { return }
        stamps[file.standardizedFileURL.path] = Stamp(modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0,
                                                      size: values.fileSize ?? 0)
    }

    /// Paths added, removed or changed since `earlier`, sorted.
    public func changes(since earlier: InputSnapshot) -> [String] {
        let paths = Set(stamps.keys).union(earlier.stamps.keys)
        return paths.filter { stamps[$0] != earlier.stamps[$0] }.sorted()
    }
}
