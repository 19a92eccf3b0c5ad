import FlyingFox
import Foundation

/// Answers `briefgen serve`'s HTTP requests: the site's files (HTML with the live-reload script added), the
/// live-reload script and status, a 404 page, and 403 for any path that tries to leave the site folder.
struct PreviewRequestHandler: HTTPHandler {
    let state: PreviewState
    let onRequest: @Sendable (_ method: String, _ path: String, _ status: Int) -> Void

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let path = request.target.path(percentEncoded: true)
        var response = await respond(to: request.method, path: path)
        response.headers[.cacheControl] = "no-store"
        response.headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        onRequest(request.method.rawValue, path, response.statusCode.code)
        if request.method == .HEAD { response.payload = .httpBody(HTTPBodySequence(data: Data())) }
        return response
    }

    private func respond(to method: HTTPMethod, path: String) async -> HTTPResponse {
        guard method == .GET || method == .HEAD else {
            return Self.text(.methodNotAllowed, "briefgen serve only answers GET and HEAD\n")
        }
        let status = await state.status
        switch path {
        case LiveReload.scriptPath:
            return HTTPResponse(statusCode: .ok, headers: [.contentType: ContentTypes.forPath("live.js")],
                                body: Data(LiveReload.script(status: status).utf8))
        case LiveReload.statusPath:
            let json = (try? ServeStatus.encoder.encode(status)) ?? Data("{}".utf8)
            return HTTPResponse(statusCode: .ok, headers: [.contentType: ContentTypes.forPath("status.json")], body: json)
        default:
            break
        }
        guard let root = await state.root else {
            return html(.serviceUnavailable, PreviewPages.noSiteYet, site: status.site)
        }
        switch SiteFileResolver(root: root).resolve(path) {
        case .file(let url):
            guard let data = try? Data(contentsOf: url) else { return html(.notFound, PreviewPages.notFound, site: status.site) }
            let type = ContentTypes.forPath(url.lastPathComponent)
            let body = ContentTypes.isHTML(type) ? LiveReload.inject(into: data, site: status.site) : data
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type], body: body)
        case .redirect(let location):
            return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: location]))
        case .notFound:
            let custom = try? Data(contentsOf: root.appendingPathComponent("404.html"))
            return html(.notFound, custom ?? PreviewPages.notFound, site: status.site)
        case .forbidden:
            return Self.text(.forbidden, "forbidden: this path is outside the site folder\n")
        }
    }

    private func html(_ code: HTTPStatusCode, _ page: Data, site: Int) -> HTTPResponse {
        HTTPResponse(statusCode: code, headers: [.contentType: ContentTypes.forPath("page.html")],
                     body: LiveReload.inject(into: page, site: site))
    }

    private static func text(_ code: HTTPStatusCode, _ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: code, headers: [.contentType: ContentTypes.forPath("message.txt")], body: Data(text.utf8))
    }
}

/// The few pages `briefgen serve` writes itself.
enum PreviewPages {
    static let notFound = page(title: "Not found", text: "Nothing is built at this address.")
    static let noSiteYet = page(title: "No site yet", text: "The first build has not written a site: see the errors below and in the terminal.")

    private static func page(title: String, text: String) -> Data {
        Data("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(title) — briefgen serve</title></head>
        <body><main><h1>\(title)</h1><p>\(text)</p><p><a href="/">Go to the briefing</a></p></main></body></html>

        """.utf8)
    }
}
