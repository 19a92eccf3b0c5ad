//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Context while rendering mustache tokens
struct MustacheContext {
    /// The objects sections pushed, innermost last, each with how it answers names (patch: upstream kept `[Any]`
    /// and cast every object to `MustacheParent` for every tag; see `MustacheNameSource`).
    let stack: [MustacheFrame]
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
        self.stack = [MustacheFrame(object)]
        self.facts = MustacheTypeFacts()
        self.sequenceContext = nil
        self.indentation = nil
        self.inherited = nil
        self.contentType = HTMLContentType()
        self.library = library
        self.reloadPartials = reloadPartials
    }

    private init(
        stack: [MustacheFrame],
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
        var stack = self.stack
        stack.append(MustacheFrame(object))
        return .init(
            stack: stack,
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
        var stack = self.stack
        stack.append(MustacheFrame(object))
        return .init(
            stack: stack,
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

/// An object on the context stack and how it answers names (patch).
struct MustacheFrame {
    let object: Any
    let names: MustacheNameSource

    init(_ object: Any) {
        self.object = object
        self.names = MustacheNameSource(object)
    }
}

/// How an object on the context stack answers a name (patch): found once, when the object is pushed, instead of casting
/// every object on the stack to `MustacheParent` for every tag (each cast is a lookup in the runtime's conformance
/// cache, shared by every thread; a tag inside nested sections made several).
enum MustacheNameSource {
    /// A parent: asked directly.
    case parent(any MustacheParent)
    /// A string (a section's value): answers no name.
    case string
    /// Anything else: its custom representation or a `Mirror` answers.
    case other

    init(_ object: Any) {
        if object is String {
            self = .string
        } else if let parent = object as? MustacheParent {
            self = .parent(parent)
        } else {
            self = .other
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

    /// Whether `value` is a `MustacheCustomRepresentation`.
    func isRepresentation(_ value: Any) -> Bool {
        Self.answer(&representations, value) { $0 is MustacheCustomRepresentation }
    }

    /// Whether `value` is a `MustacheSequence`.
    func isSequence(_ value: Any) -> Bool {
        Self.answer(&sequences, value) { $0 is any MustacheSequence }
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
