import Foundation
import Mustache

/// Field lookup for the view structs without `Mirror`: swift-mustache asks a ``MustacheParent`` for a child by name,
/// and reflecting a struct for every `{{tag}}` was a fifth of the render time. A name not listed here (a field added
/// to a view later) still resolves, through ``ReflectedFields`` — so this file can lag behind the views without
/// changing a byte of output, only their speed.

extension SiteView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "description": return description
        case "asOf": return asOf
        case "asOfISO": return asOfISO
        case "language": return language
        case "articleCount": return articleCount
        case "version": return version
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension FigureView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "amount": return amount
        case "what": return what
        case "place": return place
        case "period": return period
        case "who": return who
        case "verb": return verb
        case "verification": return verification
        case "verificationLabel": return verificationLabel
        case "category": return category
        case "categoryLabel": return categoryLabel
        case "href": return href
        case "sourceID": return sourceID
        case "sourceTitle": return sourceTitle
        case "sentenceText": return sentenceText
        case "sentence": return sentence
        case "sortValue": return sortValue
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension EventView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "date": return date
        case "dateISO": return dateISO
        case "precision": return precision
        case "summary": return summary
        case "href": return href
        case "sourceTitle": return sourceTitle
        case "sentenceText": return sentenceText
        case "isRange": return isRange
        case "wording": return wording
        case "sources": return sources
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension EventSourceView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "href": return href
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension SourceCardView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "href": return href
        case "headline": return headline
        case "headlineGenerated": return headlineGenerated
        case "dek": return dek
        case "published": return published
        case "publishedNote": return publishedNote
        case "outlet": return outlet
        case "figureCount": return figureCount
        case "eventCount": return eventCount
        case "sections": return sections
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension SectionLinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "generated": return generated
        case "href": return href
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension SectionTextView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "generated": return generated
        case "anchor": return anchor
        case "paragraphs": return paragraphs
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension ParagraphView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "sentences": return sentences
        case "markup": return markup
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension SentenceView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "index": return index
        case "text": return text
        case "hasFigure": return hasFigure
        case "hasEvent": return hasEvent
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension FigureGroupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return label
        case "anchor": return anchor
        case "figures": return figures
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension ConflictView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "what": return what
        case "figures": return figures
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension MonthView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return label
        case "anchor": return anchor
        case "events": return events
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension YearView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return label
        case "anchor": return anchor
        case "months": return months
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension IndexPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "root": return root
        case "site": return site
        case "figureCount": return figureCount
        case "eventCount": return eventCount
        case "keyFigures": return keyFigures
        case "latestEvents": return latestEvents
        case "sources": return sources
        case "hasFigures": return hasFigures
        case "hasEvents": return hasEvents
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension SourcePageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "root": return root
        case "site": return site
        case "card": return card
        case "sourceURL": return sourceURL
        case "sourceText": return sourceText
        case "author": return author
        case "file": return file
        case "publishedSource": return publishedSource
        case "publishedEvidence": return publishedEvidence
        case "outline": return outline
        case "hasOutline": return hasOutline
        case "sections": return sections
        case "figures": return figures
        case "events": return events
        case "relativeEvents": return relativeEvents
        case "imageSources": return imageSources
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension SourcesPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "root": return root
        case "site": return site
        case "sources": return sources
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension TimelinePageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "root": return root
        case "site": return site
        case "years": return years
        case "background": return background
        case "relative": return relative
        case "hasYears": return hasYears
        case "hasBackground": return hasBackground
        case "hasRelative": return hasRelative
        case "backgroundBefore": return backgroundBefore
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension StatisticsPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "root": return root
        case "site": return site
        case "groups": return groups
        case "conflicts": return conflicts
        case "hasConflicts": return hasConflicts
        case "hasFigures": return hasFigures
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension AboutPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "root": return root
        case "site": return site
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

extension LayoutView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "root": return root
        case "site": return site
        case "pageTitle": return pageTitle
        case "content": return content
        case "kind": return kind
        case "isIndex": return isIndex
        case "isTimeline": return isTimeline
        case "isStatistics": return isStatistics
        case "isSources": return isSources
        case "isAbout": return isAbout
        default: return ReflectedFields.child(named: name, of: self)
        }
    }
}

/// The slow path: a field found by reflection, as swift-mustache does itself (one level of Optional unwrapped).
enum ReflectedFields {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var labels: [ObjectIdentifier: Set<String>] = [:]

    static func child(named name: String, of object: Any) -> Any? {
        let type = ObjectIdentifier(Swift.type(of: object))
        let known = lock.withLock { labels[type] } ?? {
            let found = Set(Mirror(reflecting: object).children.compactMap(\.label))
            lock.withLock { labels[type] = found }
            return found
        }()
        guard known.contains(name), let value = Mirror(reflecting: object).children.first(where: { $0.label == name })?.value
        else { return nil }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
