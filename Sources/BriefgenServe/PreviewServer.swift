import BriefgenSite
import FlyingFox
import FlyingSocks
import Foundation

/// `briefgen serve`: builds the site, serves it on 127.0.0.1, watches the inputs and rebuilds on change.
///
/// Builds go to a private temporary folder (the project's `public/` is not touched unless `publishTo` is given),
/// and the live-reload script is added only to HTML responses, never to files on disk.
public actor PreviewServer {
    /// Something worth telling the user about.
    public enum Event: Sendable {
        /// A build finished (served or not).
        case built(PreviewBuild)
        /// Input files changed; a rebuild follows.
        case changed([String])
        /// A request was answered.
        case request(method: String, path: String, status: Int)
    }

    private let options: BuildOptions
    private let port: UInt16
    private let pollInterval: Duration
    private let onEvent: @Sendable (Event) -> Void
    private let state = PreviewState()
    private let workFolder: URL
    private let builder: PreviewBuilder
    private var http: HTTPServer?
    private var tasks: [Task<Void, Never>] = []
    private var builds = 0

    /// Creates a server; nothing happens until `start()`.
    /// - Parameters:
    ///   - publishTo: also write each build without errors to this output folder, as `build` would.
    ///   - port: 0 picks a free port.
    public init(options: BuildOptions, port: UInt16, publishTo: SiteFolderPublisher? = nil,
                pollInterval: Duration = .milliseconds(300), onEvent: @escaping @Sendable (Event) -> Void = { _ in }) {
        self.options = options
        self.port = port
        self.pollInterval = pollInterval
        self.onEvent = onEvent
        workFolder = FileManager.default.temporaryDirectory
            .appendingPathComponent("briefgen-serve-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        builder = PreviewBuilder(options: options, workFolder: workFolder, publisher: publishTo)
    }

    /// Runs the first build, starts listening and watching; returns the site's URL (`http://127.0.0.1:PORT/`).
    public func start() async throws(BuildFailure) -> URL {
        try? FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        let snapshot = InputSnapshot(watching: WatchedPaths.resolve(options))
        await rebuild()
        let listening = try await listen()
        tasks.append(Task { await self.watch(from: snapshot) })
        return listening
    }

    /// Stops watching and serving, and removes the temporary builds.
    public func stop() async {
        for task in tasks { task.cancel() }
        await http?.stop(timeout: 1)
        for task in tasks { await task.value }
        tasks = []
        http = nil
        try? FileManager.default.removeItem(at: workFolder)
    }

    /// The status the browser sees (for tests and logs).
    public var status: ServeStatus { get async { await state.status } }

    /// Polls the inputs until cancelled; rebuilds after each change.
    private func watch(from initial: InputSnapshot) async {
        var snapshot = initial
        while !Task.isCancelled {
            try? await Task.sleep(for: pollInterval)
            if Task.isCancelled { break }
            let next = InputSnapshot(watching: WatchedPaths.resolve(options))
            let changed = next.changes(since: snapshot)
            guard !changed.isEmpty else { continue }
            snapshot = next
            onEvent(.changed(changed))
            await rebuild()
        }
    }

    private func rebuild() async {
        builds += 1
        let build = await builder.build(number: builds, state: state)
        onEvent(.built(build))
    }

    private func listen() async throws(BuildFailure) -> URL {
        let address: sockaddr_in
        do { address = try .inet(ip4: "127.0.0.1", port: port) } catch { throw failure("cannot make the address 127.0.0.1:\(port)") }
        let handler = PreviewRequestHandler(state: state) { [onEvent] method, path, status in
            onEvent(.request(method: method, path: path, status: status))
        }
        let server = HTTPServer(address: address, timeout: 15, logger: .disabled, handler: handler)
        http = server
        let failure = ListenFailure()
        tasks.append(Task {
            do { try await server.run() } catch { await failure.set("\(error)") }
        })
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if await server.isListening, case .ip4(_, let actual)? = await server.listeningAddress {
                return URL(string: "http://127.0.0.1:\(actual)/")!
            }
            if let reason = await failure.reason { throw self.failure("cannot listen on 127.0.0.1:\(port): \(reason)") }
            try? await Task.sleep(for: .milliseconds(20))
        }
        throw self.failure("the server did not start listening within 10 seconds")
    }

    private func failure(_ message: String) -> BuildFailure {
        BuildFailure([Diagnostic(path: "127.0.0.1:\(port)", severity: .error, stage: .serve, message: message,
                                 hint: "choose another --port, or --port 0 for any free port")])
    }
}

/// Why the HTTP server stopped before it listened.
private actor ListenFailure {
    var reason: String?
    func set(_ reason: String) { self.reason = reason }
}
