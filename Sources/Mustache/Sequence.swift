//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Protocol for objects that can be rendered as a sequence in Mustache
public protocol MustacheSequence: Sequence {}

extension MustacheSequence {
    /// Render section using template, onto the end of `output` (patch: upstream returned a string)
    func renderSection(with template: MustacheTemplate, context: MustacheContext, into output: inout String) {
        // The element type is classified once for the list (patch 7), not each element as it is pushed; the elements
        // of an array of parents are asked where they stand in it, not copied out.
        let frames = MustacheElementFrames(Element.self)
        if case .listParent(let type) = frames, let array = self as? [Element] {
            type.renderSection(ofArray: array, with: template, context: context, into: &output)
            return
        }
        var sequenceContext = MustacheSequenceContext(first: true)

        var iterator = makeIterator()
        guard var currentObject = iterator.next() else { return }

        while let object = iterator.next() {
            template.render(context: context.withSequence(frames.frame(currentObject), sequenceContext: sequenceContext), into: &output)
            currentObject = object
            sequenceContext.first = false
            sequenceContext.index += 1
        }

        sequenceContext.last = true
        template.render(context: context.withSequence(frames.frame(currentObject), sequenceContext: sequenceContext), into: &output)
    }

    /// ``renderSection(with:context:into:)`` of `value`, which is a `Self` (patch 7: called on a metatype that
    /// `MustacheTypeFacts.sequenceType(of:)` found once per type, instead of casting every list to the existential).
    static func renderSection(of value: Any, with template: MustacheTemplate, context: MustacheContext, into output: inout String) {
        (value as! Self).renderSection(with: template, context: context, into: &output)
    }

    /// ``renderInvertedSection(with:context:into:)`` of `value`, which is a `Self` (patch 7).
    static func renderInvertedSection(of value: Any, with template: MustacheTemplate, context: MustacheContext, into output: inout String) {
        (value as! Self).renderInvertedSection(with: template, context: context, into: &output)
    }

    /// Render inverted section using template, onto the end of `output` (patch: upstream returned a string)
    func renderInvertedSection(with template: MustacheTemplate, context: MustacheContext, into output: inout String) {
        var iterator = makeIterator()
        if iterator.next() == nil {
            template.render(context: context.withObject(self), into: &output)
        }
    }
}

/// How a list's elements become stack frames, found once per list from its element type (patch 7): a `String`, a
/// parent (boxed as one, without a cast looking up the conformance for each element), or anything else (classified
/// element by element, as every element was before).
enum MustacheElementFrames {
    case string
    /// A parent whose arrays are read in place (see ``MustacheListParent``).
    case listParent(any MustacheListParent.Type)
    case parent(any MustacheParent.Type)
    case other

    init<Element>(_ type: Element.Type) {
        if type == String.self {
            self = .string
        } else if let parent = type as? any MustacheListParent.Type {
            self = .listParent(parent)
        } else if let parent = type as? any MustacheParent.Type {
            self = .parent(parent)
        } else {
            self = .other
        }
    }

    /// The frame of one element.
    func frame<Element>(_ element: Element) -> MustacheFrame {
        switch self {
        case .string: return MustacheFrame(names: .string(element as! String))
        case .listParent(let type): return type.frame(of: element)
        case .parent(let type): return type.frame(of: element)
        case .other: return MustacheFrame(element)
        }
    }
}

extension MustacheParent {
    /// The frame of `value`, which is a `Self` (patch 7).
    static func frame<Element>(of value: Element) -> MustacheFrame {
        MustacheFrame(names: .parent(value as! Self))
    }
}

/// A parent whose arrays a section reads in place (patch 7): each element's frame refers to the array and the
/// element's index instead of holding a copy of the element (a heap box, and a retain and release of each of its fields,
/// for every element). The type itself reads an element's child, so that the element is read in code specialized for
/// the type: the generic code here copied the whole element for every name.
public protocol MustacheListParent: MustacheParent {
    /// The child called `name` of `elements[index]`.
    static func child(named name: String, of elements: [Self], at index: Int) -> Any?
}

extension MustacheListParent {
    /// Renders a section for each element of `array`, an array of `Self` (patch 7): each element's frame refers to
    /// the array and the element's index (two words, stored in the existential as they are) instead of holding a
    /// copy of the element (a heap box, and a retain and release of each of its fields, for every element).
    static func renderSection<Element>(ofArray array: [Element], with template: MustacheTemplate, context: MustacheContext, into output: inout String) {
        // `Element` is `Self` (the caller opened this type from `Element.self`): the array is reinterpreted, not cast
        // (`as!` converted it element by element, copying every element).
        precondition(Element.self == Self.self)
        let list = MustacheArrayList(unsafeBitCast(array, to: [Self].self))
        let last = array.count - 1
        for index in 0..<array.count {
            var sequenceContext = MustacheSequenceContext(first: index == 0, last: index == last)
            sequenceContext.index = index
            let frame = MustacheFrame(names: .element(list, index))
            template.render(context: context.withSequence(frame, sequenceContext: sequenceContext), into: &output)
        }
    }
}

/// A list of parents a section is rendering, whose elements answer names where they stand (patch 7). A class, made
/// once per list, so that an element's frame is this reference and an index: no existential and no generic type to
/// look up for every element.
class MustacheList {
    /// The child called `name` of the element at `index`.
    func child(named name: String, at index: Int) -> Any? { nil }
    /// The element at `index` itself (for `{{.}}` and lambdas).
    func object(at index: Int) -> Any { () }
}

/// An array of ``MustacheListParent``s.
final class MustacheArrayList<Element: MustacheListParent>: MustacheList {
    let elements: [Element]

    init(_ elements: [Element]) {
        self.elements = elements
    }

    override func child(named name: String, at index: Int) -> Any? {
        Element.child(named: name, of: elements, at: index)
    }

    override func object(at index: Int) -> Any { elements[index] }
}

extension Array: MustacheSequence {}
extension Set: MustacheSequence {}
extension ReversedCollection: MustacheSequence {}
