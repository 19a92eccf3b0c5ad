//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Context while rendering mustache tokens
struct MustacheContext {
    /// The objects sections pushed, innermost first, each with how it answers names (patch: upstream kept `[Any]`
    /// and cast every object to `MustacheParent` for every tag; see `MustacheNameSource` and `MustacheStack`).
    let stack: MustacheStack
    /// Which protocols the values' types conform to, learnt once per render (patch: see `MustacheTypeFacts`).
    let facts: MustacheTypeFacts
    let sequenceContext: MustacheSequenceContext?
    let indentation: String?
    let inherited: [String: MustacheTemplate]?
    let contentType: MustacheContentType
    let library: MustacheLibrary?
    let reloadPartials: Bool

    /// initialize context with a single objectt
    init(_ object: Any, library: MustacheLibrary? = nil, reloadPartials: Bool = false) {
        self.stack = MustacheStack(MustacheFrame(object), below: nil)
        self.facts = MustacheTypeFacts()
        self.sequenceContext = nil
        self.indentation = nil
        self.inherited = nil
        self.contentType = HTMLContentType()
        self.library = library
        self.reloadPartials = reloadPartials
    }

    private init(
        stack: MustacheStack,
        facts: MustacheTypeFacts,
        sequenceContext: MustacheSequenceContext?,
        indentation: String?,
        inherited: [String: MustacheTemplate]?,
        contentType: MustacheContentType,
        library: MustacheLibrary? = nil,
        reloadPartials: Bool
    ) {
        self.stack = stack
        self.facts = facts
        self.sequenceContext = sequenceContext
        self.indentation = indentation
        self.inherited = inherited
        self.contentType = contentType
        self.library = library
        self.reloadPartials = reloadPartials
    }

    /// return context with object add to stack
    func withObject(_ object: Any) -> MustacheContext {
        .init(
            stack: MustacheStack(MustacheFrame(object), below: self.stack),
            facts: self.facts,
            sequenceContext: nil,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with indent and parameter information for invoking a partial
    func withPartial(indented: String?, inheriting: [String: MustacheTemplate]?) -> MustacheContext {
        let indentation: String?
        if let indented {
            indentation = (self.indentation ?? "") + indented
        } else {
            indentation = self.indentation
        }
        let inherits: [String: MustacheTemplate]?
        if let inheriting {
            if let originalInherits = self.inherited {
                inherits = originalInherits.merging(inheriting) { value, _ in value }
            } else {
                inherits = inheriting
            }
        } else {
            inherits = self.inherited
        }
        return .init(
            stack: self.stack,
            facts: self.facts,
            sequenceContext: nil,
            indentation: indentation,
            inherited: inherits,
            contentType: HTMLContentType(),
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with indent information for invoking an inheritance block
    func withBlockExpansion(indented: String?) -> MustacheContext {
        let indentation: String?
        if let indented {
            indentation = (self.indentation ?? "") + indented
        } else {
            indentation = self.indentation
        }
        return .init(
            stack: self.stack,
            facts: self.facts,
            sequenceContext: nil,
            indentation: indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with sequence info and sequence element added to stack
    func withSequence(_ object: Any, sequenceContext: MustacheSequenceContext) -> MustacheContext {
        self.withSequence(MustacheFrame(object), sequenceContext: sequenceContext)
    }

    /// ``withSequence(_:sequenceContext:)`` with the element's frame already made (patch: a list classifies its
    /// element type once, see `MustacheSequence.renderSection`).
    func withSequence(_ frame: MustacheFrame, sequenceContext: MustacheSequenceContext) -> MustacheContext {
        .init(
            stack: MustacheStack(frame, below: self.stack),
            facts: self.facts,
            sequenceContext: sequenceContext,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: self.contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }

    /// return context with sequence info and sequence element added to stack
    func withContentType(_ contentType: MustacheContentType) -> MustacheContext {
        .init(
            stack: self.stack,
            facts: self.facts,
            sequenceContext: self.sequenceContext,
            indentation: self.indentation,
            inherited: self.inherited,
            contentType: contentType,
            library: self.library,
            reloadPartials: self.reloadPartials
        )
    }
}

/// The context stack (patch): a list of frames linked from the innermost outwards. A section or list item pushes one
/// node that points at the stack it was pushed on; upstream copied the whole array of objects for every section and
/// every item of a list (an allocation, and a retain and release of every object below).
final class MustacheStack {
    /// The innermost frame.
    let top: MustacheFrame
    /// The stack this frame was pushed on (nil for the root object).
    let below: MustacheStack?

    init(_ top: MustacheFrame, below: MustacheStack?) {
        self.top = top
        self.below = below
    }
}

/// An object on the context stack and how it answers names (patch).
struct MustacheFrame {
    let names: MustacheNameSource

    init(_ object: Any) {
        self.names = MustacheNameSource(object)
    }

    init(names: MustacheNameSource) {
        self.names = names
    }

    /// The object itself (for `{{.}}`, lambdas and names with a leading dot).
    var object: Any {
        switch names {
        case .parent(let parent): return parent
        case .element(let list, let index): return list.object(at: index)
        case .string(let string): return string
        case .other(let object): return object
        }
    }
}

/// How an object on the context stack answers a name (patch): found once, when the object is pushed, instead of casting
/// every object on the stack to `MustacheParent` for every tag (each cast is a lookup in the runtime's conformance
/// cache, shared by every thread; a tag inside nested sections made several). The object is kept in the case, so it
/// is boxed once (as a parent) rather than twice (as `Any` and as a parent).
enum MustacheNameSource {
    /// A parent: asked directly.
    case parent(any MustacheParent)
    /// An element of a list of parents, asked where it stands in the list (patch 7: not copied out of it).
    case element(MustacheList, Int)
    /// A string (a section's value): answers no name.
    case string(String)
    /// Anything else: its custom representation or a `Mirror` answers.
    case other(Any)

    init(_ object: Any) {
        if let string = object as? String {
            self = .string(string)
        } else if let parent = object as? MustacheParent {
            self = .parent(parent)
        } else {
            self = .other(object)
        }
    }
}

/// Whether values' types conform to the protocols every value is checked against, learnt once per type in one render
/// (patch). Upstream asked the runtime for each value; the answer is nearly always no (only `NSNull` is a
/// representation here), and each question is a lookup in the runtime's conformance cache, shared by the threads that
/// render pages side by side. One render runs on one thread, so the tables need no lock.
final class MustacheTypeFacts {
    /// What a type's values answer: always yes, always no, or ask each value (an `Optional` in an `Any`: a cast
    /// looks into it, so the answer depends on whether it holds something).
    private enum Fact { case yes, no, ask }

    private var representations: [ObjectIdentifier: Fact] = [:]
    private var sequences: [ObjectIdentifier: Fact] = [:]
    private var renderables: [ObjectIdentifier: Fact] = [:]
    private var sequenceTypes: [ObjectIdentifier: (any MustacheSequence.Type)?] = [:]

    /// Whether `value` is a `MustacheCustomRepresentation`.
    func isRepresentation(_ value: Any) -> Bool {
        Self.answer(&representations, value) { $0 is MustacheCustomRepresentation }
    }

    /// Whether `value` is a `MustacheSequence`.
    func isSequence(_ value: Any) -> Bool {
        Self.answer(&sequences, value) { $0 is any MustacheSequence }
    }

    /// `value`'s type as a sequence type, when it is one (patch 7): a section renders a list through its type, opened
    /// from this metatype, instead of casting each list to `any MustacheSequence` (a lookup in the runtime's
    /// conformance cache for every list). Nil for a value that is no sequence, and for an `Optional` in an `Any`
    /// (whose cast looks into it: the caller casts such a value itself).
    func sequenceType(of value: Any) -> (any MustacheSequence.Type)? {
        let type = ObjectIdentifier(Swift.type(of: value))
        if let known = sequenceTypes[type] { return known }
        let found = value is AnyOptional ? nil : Swift.type(of: value) as? any MustacheSequence.Type
        sequenceTypes[type] = .some(found)
        return found
    }

    /// Whether `value` is a `MustacheCustomRenderable`.
    func isRenderable(_ value: Any) -> Bool {
        Self.answer(&renderables, value) { $0 is MustacheCustomRenderable }
    }

    private static func answer(_ table: inout [ObjectIdentifier: Fact], _ value: Any, _ ask: (Any) -> Bool) -> Bool {
        let type = ObjectIdentifier(Swift.type(of: value))
        switch table[type] {
        case .yes: return true
        case .no: return false
        case .ask: return ask(value)
        case nil:
            let answer = ask(value)
            table[type] = value is AnyOptional ? .ask : answer ? .yes : .no
            return answer
        }
    }
}
