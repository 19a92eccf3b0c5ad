import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the site into a staging folder beside the output, then swaps it in at once.
///
/// The staging folder (`.public.briefgen-staging`) is kept between builds: after a swap it holds the previous site,
/// and the next build brings it up to date file by file instead of deleting and recreating thousands of files and
/// folders (slow on these disks). A file whose bytes did not change is left alone or hard-linked from the output, so
/// an unchanged page keeps its inode and mtime. A build that fails or is killed leaves the output untouched (the
/// staging folder is reconciled by the next build); a lock file stops two builds from writing the same output at once.
final class SiteWriter: @unchecked Sendable {
    let output: URL
    let displayOutput: String

    private let parent: URL
    let stagingURL: URL
    private let retiredURL: URL
    private let lockURL: URL
    /// `output.path` and `stagingURL.path`, made once (they are asked for per file).
    private let outputPath: String
    private let stagingPath: String

    private let state = NSLock()
    private var lockDescriptor: Int32 = -1
    /// The output and staging folders, open: a page's file is looked up relative to them (`fstatat`), so the
    /// kernel does not resolve the folders' whole path again for each of 10,000 pages. -1 when not open.
    private var outputDescriptor: Int32 = -1
    private var stagingDescriptor: Int32 = -1
    private var folders: Set<String> = []
    private var differs = false
    /// Whether ``begin()`` made the staging folder (there was none) and ``commit()`` has not run yet: a build that
    /// fails before it removes the folder again, with what it staged (it holds no earlier site to reuse).
    private var madeStaging = false
    private(set) var bytes = 0
    private(set) var fileCount = 0
    /// The identity of every staged file (after the swap, the output's file), by relative path (see ``stamp(of:)``):
    /// the files of the new site.
    private var stamps: [String: FileStamp] = [:]
    /// Files whose bytes were written (not kept or linked).
    private(set) var writtenCount = 0
    /// What the staging folder held when the build began, listed on another thread while the build goes on: what
    /// the new site does not have of it is removed at commit (the walk was a serial step at the end of a rebuild).
    private var before = TreeWalk.Listing()
    private let listing = DispatchGroup()

    /// Creates a writer for `output` (shown to the user as `displayOutput`).
    init(output: URL, displayOutput: String) {
        self.output = output
        self.displayOutput = displayOutput
        parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        stagingURL = parent.appendingPathComponent(".\(name).briefgen-staging")
        retiredURL = parent.appendingPathComponent(".\(name).briefgen-old")
        lockURL = parent.appendingPathComponent(".\(name).briefgen-lock")
        outputPath = output.path
        stagingPath = stagingURL.path
    }

    deinit {
        for fd in [lockDescriptor, outputDescriptor, stagingDescriptor] where fd >= 0 { close(fd) }
    }

    // MARK: - Begin, stage, commit

    /// Takes the lock and prepares the staging folder. Throws when another build holds the lock.
    func begin() throws(BuildFailure) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: output.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw failure("output path exists and is not a folder", hint: "remove the file or choose another --output")
        }
        do { try fm.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
            throw failure("cannot create the output's parent folder", hint: "check permissions")
        }
        let lock = open(lockURL.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw failure("cannot create a lock file beside the output (\(errnoText()))", hint: "check that the folder is writable") }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            close(lock)
            throw failure("another briefgen build is writing this output", hint: "wait for it to finish, then build again")
        }
        lockDescriptor = lock
        // A build killed between rename-away and rename-in (file systems without RENAME_EXCHANGE) left the old site here.
        if !fm.fileExists(atPath: output.path), fm.fileExists(atPath: retiredURL.path) { _ = rename(retiredURL.path, output.path) }
        try? fm.removeItem(at: retiredURL)
        if let info = lstat(stagingURL.path), (info.st_mode & S_IFMT) != S_IFDIR { try? fm.removeItem(at: stagingURL) }
        madeStaging = lstat(stagingURL.path) == nil
        guard (try? fm.createDirectory(at: stagingURL, withIntermediateDirectories: true)) != nil else {
            throw failure("cannot create the staging folder \(stagingURL.lastPathComponent)", hint: "check that the folder is writable")
        }
        folders.insert(stagingURL.path)
        outputDescriptor = open(outputPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        stagingDescriptor = open(stagingPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        let stagingPath = stagingPath
        listing.enter()
        DispatchQueue.global().async { [self] in
            let tree = TreeWalk.entries(under: stagingPath)
            state.withLock { before = tree }
            listing.leave()
        }
    }

    /// Stages files (in parallel); a file whose bytes equal the output's becomes a hard link to it.
    func stage(_ files: [OutputFile]) throws(BuildFailure) {
        try stageEach(files.count, concurrently: true, path: { files[$0].path }) { try self.stage(files[$0]) }
    }

    /// Stages files written piece by piece, each into a temporary file beside its place; a file whose bytes equal the
    /// output's becomes a hard link to it, as with ``stage(_:)``.
    /// With `concurrently`, the files are written at once, each on a thread of its own (a rebuild's exports, while
    /// few pages render); else one after the other (each is written on all cores already, and a full build's
    /// exports side by side held their working memory at once).
    func stage(_ files: [StreamedFile], concurrently: Bool = false) throws(BuildFailure) {
        try stageEach(files.count, concurrently: concurrently, path: { files[$0].path }) { try self.stage(files[$0]) }
    }

    /// Runs `stage` for indices `0..<count`, on all cores or one after the other (stopping at the first failure);
    /// throws the failure of the lowest index that failed, whichever thread failed first.
    private func stageEach(_ count: Int, concurrently: Bool, path: @Sendable (Int) -> OutputPath,
                           _ stage: @Sendable (Int) throws -> Void) throws(BuildFailure) {
        let errors = NSLock()
        nonisolated(unsafe) var firstError: (index: Int, message: String)?
        @Sendable func attempt(_ index: Int) {
            do { try stage(index) } catch {
                errors.withLock {
                    if firstError == nil || index < firstError!.index { firstError = (index, "\(path(index)): \(error)") }
                }
            }
        }
        if concurrently {
            DispatchQueue.concurrentPerform(iterations: count) { attempt($0) }
        } else {
            for index in 0..<count where firstError == nil { attempt(index) }
        }
        if let firstError { throw failure("cannot write the site: \(firstError.message)", hint: "check free space and permissions") }
    }

    /// ``reuse(_:stamp:)`` for each page, the records of the pages reused kept under one lock (a lock and three
    /// hashes of the path a page were most of the reuse checks of a rebuild, the two cores waiting on each other).
    func reuse(_ pages: [(path: OutputPath, stamp: FileStamp)]) -> [Bool] {
        var reused: [(path: String, stamp: FileStamp)] = []
        reused.reserveCapacity(pages.count)
        let answers = pages.map { page in
            guard reuseFile(page.path, stamp: page.stamp) else { return false }
            reused.append((page.path.value, page.stamp))
            return true
        }
        state.withLock {
            for page in reused { recordUnlocked(page.path, size: page.stamp.size, stamp: page.stamp) }
        }
        return answers
    }

    /// Marks a page as unchanged without rendering it: the output's file is reused, if it is still exactly the file
    /// `stamp` describes. False when it is not (then the page must be rendered).
    func reuse(_ path: OutputPath, stamp: FileStamp) -> Bool {
        guard reuseFile(path, stamp: stamp) else { return false }
        record(path.value, size: stamp.size, stamp: stamp)
        return true
    }

    /// Makes the staged file at `path` the output's file, if that is still exactly the file `stamp` describes;
    /// records nothing.
    private func reuseFile(_ path: OutputPath, stamp: FileStamp) -> Bool {
        let current = outputPath + "/" + path.value, staged = stagingPath + "/" + path.value
        guard let old = lstat(path.value, in: outputDescriptor, or: current), (old.st_mode & S_IFMT) == S_IFREG,
              FileStamp(old) == stamp else { return false }
        // The staging folder's listing (made at begin; folders list their files' inode numbers) says whether the
        // staged file already is the output's (the usual case: shared since an earlier build), without a second
        // lookup per page. Staging and output are siblings renamed into each other, so on one file system.
        if stagedInode(path.value) == UInt64(old.st_ino) { return true }
        if let mine = lstat(path.value, in: stagingDescriptor, or: staged), mine.st_ino == old.st_ino, mine.st_dev == old.st_dev {
            return true
        }
        if let mine = lstat(staged), (mine.st_mode & S_IFMT) == S_IFDIR { try? FileManager.default.removeItem(atPath: staged) }
        unlink(staged)
        return ensureFolder(of: staged) && link(current, staged) == 0
    }

    /// The inode number the staging folder's listing gives for `relative` (waiting for the listing once).
    private func stagedInode(_ relative: String) -> UInt64? {
        listing.wait()  // returns at once after the first time
        return state.withLock { before.inodes[relative] }
    }

    /// The identity of the file staged at `path` (after the swap, the output's file), if one was. Read under the
    /// writer's lock: the exports are staged on other threads while pages are.
    func stamp(of path: String) -> FileStamp? { state.withLock { stamps[path] } }

    /// The staging folder's own identity (the output's, once swapped in).
    var stagingStat: stat? { lstat(stagingURL.path) }

    /// Removes what the new site does not have from the staging folder and swaps it in. Returns false when the
    /// staged site equals the output file for file: then nothing is swapped and the output is not touched at all.
    @discardableResult
    func commit() throws(BuildFailure) -> Bool {
        // Files this build staged are all expected; anything else it finds was there before (or is a temporary file
        // it already removed, when unlinking fails harmlessly).
        listing.wait()
        let tree = state.withLock {
            madeStaging = false
            return before
        }
        for path in tree.files where stamps[path] == nil { unlink(stagingPath + "/" + path) }
        // Only folders that hold no file of the new site can have become empty (an `rmdir` per folder of a
        // 10,000-article site was a tenth of a rebuild that changed one article).
        var kept: Set<Substring> = []
        for path in stamps.keys {
            var folder = path[...]
            while let slash = folder.utf8.lastIndex(of: 0x2F) {
                folder = folder[..<slash]
                guard kept.insert(folder).inserted else { break }
            }
        }
        for folder in tree.folders.reversed() where !kept.contains(folder[...]) { rmdir(stagingPath + "/" + folder) }
        if !differs, FileManager.default.fileExists(atPath: output.path),
           TreeWalk.files(under: output.path).count == stamps.count {
            return false
        }
        try swapIn()
        return true
    }

    /// Where a file of the site may be written ahead of its staging (see ``RecordStream``): beside its place in the
    /// staging folder, whose folders are made; nil when they cannot be.
    func stagingFile(for path: OutputPath) -> String? {
        let staged = stagingPath + "/" + path.value
        guard ensureFolder(of: staged) else { return nil }
        return staged + ".briefgen-stream"
    }

    /// Gives up the output's lock (see ``begin()``) once the build is done with the output and its cache, so the
    /// next build may take it, in this process too (`serve` publishes build after build). Freeing the writer gives it
    /// up as well, but a thread that listed the staging folder can hold the writer a little longer.
    /// A build that failed before ``commit()`` removes the staging folder it made (see `madeStaging`) first.
    func finish() {
        state.withLock {
            if madeStaging {
                try? FileManager.default.removeItem(at: stagingURL)
                madeStaging = false
            }
            if lockDescriptor >= 0 { close(lockDescriptor) }
            lockDescriptor = -1
        }
    }

    // MARK: - One file

    private func stage(_ file: OutputFile) throws {
        let staged = stagingPath + "/" + file.path.value
        try place(file, at: staged)
        guard let info = lstat(staged) else { throw POSIXError(.ENOENT) }
        record(file.path.value, size: file.contents.count, stamp: FileStamp(info))
    }

    private func stage(_ file: StreamedFile) throws {
        let staged = stagingPath + "/" + file.path.value, current = outputPath + "/" + file.path.value
        let partial = staged + ".briefgen-part"
        guard ensureFolder(of: staged) else { throw POSIXError(.EACCES) }
        if let prewritten = file.prewritten, let written = try prewritten() {
            if let mine = lstat(staged), (mine.st_mode & S_IFMT) == S_IFDIR { try? FileManager.default.removeItem(atPath: staged) }
            unlink(staged)
            guard rename(written, staged) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            markDiffers()
            state.withLock { writtenCount += 1 }
            guard let info = lstat(staged) else { throw POSIXError(.ENOENT) }
            record(file.path.value, size: Int(info.st_size), stamp: FileStamp(info))
            return
        }
        unlink(partial)
        // The output's file is the reference: bytes equal to it are compared, not written. Its size and identity are
        // those of the file opened (not of a path that could be replaced meanwhile).
        var reference: Int32 = -1
        var old: stat?
        if let info = lstat(current), (info.st_mode & S_IFMT) == S_IFREG {
            reference = open(current, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            var opened = stat()
            if reference >= 0, fstat(reference, &opened) == 0, (opened.st_mode & S_IFMT) == S_IFREG { old = opened }
        }
        defer { if reference >= 0 { close(reference) } }
        if old == nil, reference >= 0 {
            close(reference)
            reference = -1
        }
        var fd: Int32 = -1
        // Whether the file is being written over the staged file's own bytes (see ``openInPlace(_:unlike:)``).
        var inPlace = false
        let sink = StreamSink(reference: reference, referenceSize: old.map { Int($0.st_size) } ?? 0, referenceStamp: old.map(FileStamp.init)) {
            if let own = Self.openInPlace(staged, unlike: old) {
                (fd, inPlace) = (own, true)
                return fd
            }
            fd = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            return fd
        }
        let same: Bool
        do {
            try file.write(sink)
            same = try sink.finish()
            if inPlace, ftruncate(fd, off_t(sink.count)) != 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            if fd >= 0 { close(fd) }
        } catch {
            if fd >= 0 { close(fd) }
            // A staged file written partly over is only ever the staging folder's: the next build writes it again.
            if !inPlace { unlink(partial) }
            throw error
        }
        if let mine = lstat(staged), (mine.st_mode & S_IFMT) == S_IFDIR { try? FileManager.default.removeItem(atPath: staged) }
        if same, let old {
            // Same bytes as the output's: share its inode, so the file keeps its identity across swaps.
            let mine = lstat(staged)
            if mine == nil || mine!.st_ino != old.st_ino || mine!.st_dev != old.st_dev {
                unlink(staged)
                if link(current, staged) != 0 {
                    try copy(current, to: partial)
                    guard rename(partial, staged) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                    state.withLock { writtenCount += 1 }
                }
            }
        } else {
            markDiffers()
            state.withLock { writtenCount += 1 }
            if !inPlace {
                // Unlinked first: ext4 flushes a file renamed over another at once (auto_da_alloc), hundreds of MB here.
                unlink(staged)
                guard rename(partial, staged) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            }
        }
        guard let info = lstat(staged) else { throw POSIXError(.ENOENT) }
        record(file.path.value, size: sink.count, stamp: FileStamp(info))
    }

    /// The staged file at `staged`, opened for writing over its bytes from the start, when it is the staging folder's
    /// own: a regular file with no other link, so neither the output's file (`output`, the one the site shows now)
    /// nor a copy a user made with hard links. Nil otherwise (then a new file is written and renamed into place).
    ///
    /// After a swap the staging folder holds the previous site, so a rebuild that changes an export finds last time's
    /// file of the same size here. Writing over its pages, which the system holds already, took about 20 ms for the
    /// 186 MB `briefing.json` of 10,000 articles; a new file took 50–450 ms (new pages for each byte), and deleting
    /// the old one 30–40 ms more (its blocks freed and discarded).
    private static func openInPlace(_ staged: String, unlike output: stat?) -> Int32? {
        let fd = open(staged, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_nlink == 1,
              output.map({ info.st_ino != $0.st_ino || info.st_dev != $0.st_dev }) ?? true else {
            close(fd)
            return nil
        }
        return fd
    }

    /// A copy of `source` at `target` (new file), for the rare file system that refuses a hard link.
    private func copy(_ source: String, to target: String) throws {
        let from = open(source, O_RDONLY | O_CLOEXEC)
        guard from >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(from) }
        let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        let sink = StreamSink(descriptor: fd)
        try sink.append(.stored(StoredBytes(file: from, offset: 0, length: lstat(source).map { Int($0.st_size) } ?? 0)))
        try sink.flush()
    }

    private func record(_ path: String, size: Int, stamp: FileStamp) {
        state.withLock { recordUnlocked(path, size: size, stamp: stamp) }
    }

    /// ``record(_:size:stamp:)`` with the writer's lock already held.
    private func recordUnlocked(_ path: String, size: Int, stamp: FileStamp) {
        bytes += size
        fileCount += 1
        stamps[path] = stamp
    }

    private func place(_ file: OutputFile, at staged: String) throws {
        let current = outputPath + "/" + file.path.value
        // The folder first: looking up a file in a folder not made yet waited, on the other core, for the folder's
        // parent (`sources/`, 10,000 folders) held by a `mkdir` (about 4,500 waits in a 10,000-article build).
        _ = ensureFolder(of: staged)
        let mine = lstat(staged), old = lstat(current)
        let sameInode = mine != nil && old != nil && mine!.st_ino == old!.st_ino && mine!.st_dev == old!.st_dev
        if let mine, (mine.st_mode & S_IFMT) == S_IFREG, FileBytes.equal(staged, fileSize: mine.st_size, to: file.contents) {
            if sameInode { return }
            guard let old, (old.st_mode & S_IFMT) == S_IFREG, FileBytes.equal(current, fileSize: old.st_size, to: file.contents) else {
                return markDiffers()
            }
            // Same bytes in both: share the output's inode, so the file keeps its identity across swaps.
            unlink(staged)
            if link(current, staged) != 0 {
                state.withLock { writtenCount += 1 }
                try FileBytes.write(file.contents, to: staged)
            }
            return
        }
        if let mine, (mine.st_mode & S_IFMT) == S_IFDIR {
            try? FileManager.default.removeItem(atPath: staged)
        } else if mine != nil {
            unlink(staged)
        }
        if let old, (old.st_mode & S_IFMT) == S_IFREG, FileBytes.equal(current, fileSize: old.st_size, to: file.contents),
           link(current, staged) == 0 {
            return
        }
        markDiffers()
        state.withLock { writtenCount += 1 }
        try FileBytes.write(file.contents, to: staged)
    }

    private func markDiffers() { state.withLock { differs = true } }

    private func ensureFolder(of path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        if state.withLock({ folders.contains(folder) }) { return true }
        if !Self.makeFolders(folder) {
            // A killed build's staging folder may hold a file where this build needs a folder: remove it, try again.
            var prefix = stagingPath
            for component in folder.dropFirst(prefix.count).split(separator: "/") {
                prefix += "/" + component
                if let info = lstat(prefix), (info.st_mode & S_IFMT) != S_IFDIR { unlink(prefix) }
            }
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch { return false }
        }
        state.withLock { _ = folders.insert(folder) }
        return true
    }

    /// `mkdir -p` with `mkdir(2)`: one call when the parent exists (FileManager's `createDirectory` checked every
    /// component of the path first, 4% of a full build of 1,000 articles). True when `folder` is a folder now.
    private static func makeFolders(_ folder: String) -> Bool {
        if mkdir(folder, 0o755) == 0 { return true }
        switch errno {
        case EEXIST:
            return isFolder(folder)
        case ENOENT:
            let parent = (folder as NSString).deletingLastPathComponent
            guard !parent.isEmpty, parent != folder, makeFolders(parent) else { return false }
            return mkdir(folder, 0o755) == 0 || (errno == EEXIST && isFolder(folder))
        default:
            return false
        }
    }

    // MARK: - Swap

    private func swapIn() throws(BuildFailure) {
        let fm = FileManager.default
        if fm.fileExists(atPath: output.path) {
            // Afterwards the staging folder holds the previous site: the next build updates it in place.
            if AtomicRename.exchange(stagingURL.path, output.path) { return }
            guard rename(output.path, retiredURL.path) == 0 else {
                throw failure("cannot replace the output folder (\(errnoText()))", hint: "check permissions")
            }
        }
        guard rename(stagingURL.path, output.path) == 0 else {
            let reason = errnoText()
            _ = rename(retiredURL.path, output.path)
            throw failure("cannot move the new site into place (\(reason))", hint: "check permissions")
        }
        _ = rename(retiredURL.path, stagingURL.path)
    }

    private func errnoText() -> String { String(cString: strerror(errno)) }

    private func failure(_ message: String, hint: String) -> BuildFailure {
        BuildFailure([Diagnostic(path: displayOutput, severity: .error, stage: .write, message: message, hint: hint)])
    }
}

/// `lstat(2)`, nil when the path does not exist.
func lstat(_ path: String) -> stat? {
    var info = stat()
    return lstat(path, &info) == 0 ? info : nil
}

/// `lstat` of `relative` inside the folder open as `folder` (`fstatat`: the kernel resolves only the relative part),
/// or of `path` when the folder is not open (-1).
func lstat(_ relative: String, in folder: Int32, or path: String) -> stat? {
    guard folder >= 0 else { return lstat(path) }
    var info = stat()
    return fstatat(folder, relative, &info, AT_SYMLINK_NOFOLLOW) == 0 ? info : nil
}

/// Whether `path` is a folder (not following a link).
func isFolder(_ path: String) -> Bool { lstat(path).map { ($0.st_mode & S_IFMT) == S_IFDIR } ?? false }

/// `renameat2(RENAME_EXCHANGE)`: swaps two paths in one step (Linux); false where unsupported.
enum AtomicRename {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let function: RenameAt2? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    static func exchange(_ a: String, _ b: String) -> Bool {
        guard let function else { return false }
        let atCurrentDirectory: Int32 = -100
        let renameExchange: UInt32 = 2
        return function(atCurrentDirectory, a, atCurrentDirectory, b, renameExchange) == 0
    }
}
