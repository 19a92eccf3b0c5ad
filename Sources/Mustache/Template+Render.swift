//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

extension MustacheTemplate {
    /// Render template using object
    /// - Parameters:
    ///   - stack: Object
    ///   - context: Context that render is occurring in. Contains information about position in sequence
    ///   - indentation: indentation of partial
    /// - Returns: Rendered text
    func render(context: MustacheContext) -> String {
        var string = ""
        self.render(context: context, into: &string)
        return string
    }

    /// Renders onto the end of `output` (patch: upstream returned a string from every template, section and token
    /// and copied it into its caller's).
    func render(context: MustacheContext, into output: inout String) {
        var context = context

        if let indentation = context.indentation, indentation != "" {
            var string = ""
            for token in tokens {
                var renderedString = ""
                self.renderToken(token, context: &context, into: &renderedString)
                // if rendered string is not empty and we are on a new line
                if renderedString.count > 0, string.last == "\n" {
                    string += indentation
                }
                string += renderedString
            }
            output += string
        } else {
            // Each token is passed from the array's storage, not copied out of it by an iterator (patch 8: copying a
            // section token retained its name, transforms and template for every item of every list).
            tokens.withUnsafeBufferPointer { tokens in
                for index in tokens.indices {
                    self.renderToken(tokens[index], context: &context, into: &output)
                }
            }
        }
    }

    func renderToken(_ token: Token, context: inout MustacheContext, into output: inout String) {
        switch token {
        case .text(let text):
            output += text

        case .variable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                if let string = child as? String {
                    output += context.contentType.escapeText(string)
                } else if let template = child as? MustacheTemplate {
                    template.render(context: context, into: &output)
                } else if let renderable = child as? MustacheCustomRenderable {
                    output += context.contentType.escapeText(renderable.renderText)
                } else if let lambda = child as? MustacheLambda {
                    output += self.renderLambda(lambda, parameter: "", context: context)
                } else {
                    output += context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(child)))
                }
            }

        case .unescapedVariable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                if let string = child as? String {
                    output += string
                } else if let renderable = child as? MustacheCustomRenderable {
                    output += renderable.renderText
                } else if let lambda = child as? MustacheLambda {
                    output += self.renderUnescapedLambda(lambda, parameter: "", context: context)
                } else {
                    output += String(describing: unwrapIfAnyContainsOptional(child))
                }
            }

        case .section(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            if let lambda = child as? MustacheLambda {
                output += self.renderUnescapedLambda(lambda, parameter: template.text, context: context)
            } else {
                self.renderSection(child, with: template, context: context, into: &output)
            }

        case .invertedSection(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            self.renderInvertedSection(child, with: template, context: context, into: &output)

        case .blockExpansion(let name, let defaultTemplate, let indented):
            if let override = context.inherited?[name] {
                override.render(context: context.withBlockExpansion(indented: indented), into: &output)
            } else {
                defaultTemplate.render(context: context.withBlockExpansion(indented: indented), into: &output)
            }

        case .partial(let name, let indentation, let overrides):
            if let template = context.library?.getTemplate(named: name) {
                self.renderPartial(template, indentation: indentation, overrides: overrides, context: context, into: &output)
            }

        case .dynamicNamePartial(let name, let indentation, let overrides):
            let child = self.getChild(named: name, transforms: [], context: context)
            guard let childName = child as? String else {
                return
            }
            if let template = context.library?.getTemplate(named: childName) {
                self.renderPartial(template, indentation: indentation, overrides: overrides, context: context, into: &output)
            }

        case .contentType(let contentType):
            context = context.withContentType(contentType)

        case .blockDefinition:
            fatalError("Should not be rendering block definitions")
        }
    }

    /// Renders a partial (reloaded from its file first when the context asks, in debug builds) onto `output`.
    /// (Patch: upstream repeated this in both partial tags; rendering into one string, it became one function.)
    private func renderPartial(
        _ template: MustacheTemplate, indentation: String?, overrides: [String: MustacheTemplate]?, context: MustacheContext,
        into output: inout String
    ) {
        var template = template
        #if DEBUG
        if context.reloadPartials {
            guard let filename = template.filename else {
                preconditionFailure("Can only use reload if template was generated from a file")
            }
            do {
                guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                    output += "Cannot find template at \(filename)"
                    return
                }
                template = partialTemplate
            } catch {
                output += "\(error)"
                return
            }
        }
        #endif
        template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &output)
    }

    /// Render a section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext) -> String {
        var string = ""
        self.renderSection(child, with: template, context: context, into: &string)
        return string
    }

    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext, into output: inout String) {
        // The protocol casts are made only for types that conform (patch: see `MustacheTypeFacts`).
        guard let value = child else { return }
        if let type = context.facts.sequenceType(of: value) {
            type.renderSection(of: value, with: template, context: context, into: &output)
        } else if context.facts.isSequence(value), let array = value as? any MustacheSequence {
            array.renderSection(with: template, context: context, into: &output)
        } else if let bool = value as? Bool {
            if bool { template.render(context: context, into: &output) }
        } else if context.facts.isRenderable(value), let null = value as? MustacheCustomRenderable, null.isNull == true {
            return
        } else {
            template.render(context: context.withObject(value), into: &output)
        }
    }

    /// Render an inverted section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderInvertedSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext, into output: inout String) {
        // The protocol casts are made only for types that conform (patch: see `MustacheTypeFacts`).
        guard let value = child else {
            template.render(context: context, into: &output)
            return
        }
        if let type = context.facts.sequenceType(of: value) {
            type.renderInvertedSection(of: value, with: template, context: context, into: &output)
        } else if context.facts.isSequence(value), let array = value as? any MustacheSequence {
            array.renderInvertedSection(with: template, context: context, into: &output)
        } else if let bool = value as? Bool {
            if !bool { template.render(context: context, into: &output) }
        } else if context.facts.isRenderable(value), let null = value as? MustacheCustomRenderable, null.isNull == true {
            template.render(context: context, into: &output)
        }
    }

    func renderLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: context.contentType.escapeText(string))
                    return self.renderSection(context.stack.top.object, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(result)))
            }
        }
    }

    func renderUnescapedLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: string)
                    return self.renderSection(context.stack.top.object, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return String(describing: unwrapIfAnyContainsOptional(result))
            }
        }
    }

    /// Get child object from variable name
    func getChild(named name: String, transforms: [String], context: MustacheContext) -> Any? {
        func _getImmediateChild(named name: String, from object: Any) -> Any? {
            // Fast path: a parent is asked directly (types conforming to both protocols are not expected).
            if let parent = object as? MustacheParent {
                return parent.child(named: name)
            }
            // A string (a section's value pushed on the stack) has no children: no Mirror needed to find that out.
            if object is String { return nil }
            let child = {
                let object: Any? =
                    if let custom = object as? MustacheCustomRepresentation {
                        custom.representation
                    } else {
                        object
                    }
                if let customBox = object as? MustacheParent {
                    return customBox.child(named: name)
                } else if let object {
                    let mirror = Mirror(reflecting: object)
                    return mirror.getValue(forKey: name)
                } else {
                    return nil
                }
            }()
            return child
        }

        func _getChild(named names: ArraySlice<String>, from object: Any) -> Any? {
            guard let name = names.first else { return object }
            guard let childObject = _getChild(named: name, from: object) else { return nil }
            let names2 = names.dropFirst()
            return _getChild(named: names2, from: childObject)
        }

        /// One step of a dotted name: the child `name` of `object` (of its result, for a lambda).
        func _getChild(named name: String, from object: Any) -> Any? {
            var object = object
            if let lambda = object as? MustacheLambda {
                guard let result = lambda("") else { return nil }
                object = result
            }
            return _getImmediateChild(named: name, from: object)
        }

        // The stack's objects answer through the name source found when each was pushed (patch).
        func _getChildOfStack(named name: String) -> Any? {
            var node: MustacheStack? = context.stack
            while let frame = node {
                let found: Any?
                switch frame.top.names {
                case .parent(let parent): found = parent.child(named: name)
                case .element(let list, let index): found = list.child(named: name, at: index)
                case .string: found = nil
                case .other(let object): found = _getImmediateChild(named: name, from: object)
                }
                if let found { return found }
                node = frame.below
            }
            return nil
        }

        func _getChildInStack(named names: ArraySlice<String>) -> Any? {
            guard let name = names.first else { return context.stack.top.object }
            guard let childObject = _getChildOfStack(named: name) else { return nil }
            return _getChild(named: names.dropFirst(), from: childObject)
        }

        // work out which object to access. "." means the current object, if the variable name is ""
        // and we have a transform to run on the variable then we need the context object, otherwise
        // the name is split by "." and we use mirror to get the correct child object. If we cannot find
        // the root object we look up the context stack until we can find one with a matching name. The
        // stack climbing can be disabled by prefixing the variable name with a "."
        var child: Any?
        if name == "." {
            child = context.stack.top.object
        } else if name == "", !transforms.isEmpty {
            child = context.sequenceContext
        } else if name.first == "." {
            let nameSplit = name.split(separator: ".").map { String($0) }
            child = _getChild(named: nameSplit[...], from: context.stack.top.object)
        } else if !Self.hasDot(name) {
            child = _getChildOfStack(named: name)
        } else if Self.isASCII(name) {
            // Patch 9: an ASCII dotted name (`site.title`) is walked component by component (empty ones skipped, as
            // `split` does) instead of building an array of substrings and an array of strings for every tag.
            var object: Any?
            var isFirst = true
            var start = name.utf8.startIndex
            while start < name.utf8.endIndex {
                let stop = name.utf8[start...].firstIndex(of: UInt8(ascii: ".")) ?? name.utf8.endIndex
                if start < stop {
                    let component = String(name[start..<stop])
                    if isFirst {
                        object = _getChildOfStack(named: component)
                        isFirst = false
                    } else if let current = object {
                        object = _getChild(named: component, from: current)
                    }
                    if object == nil { break }
                }
                start = stop < name.utf8.endIndex ? name.utf8.index(after: stop) : stop
            }
            child = object
        } else {
            let nameSplit = name.split(separator: ".").map { String($0) }
            child = _getChildInStack(named: nameSplit[...])
        }

        if let value = child, !(value is String), context.facts.isRepresentation(value), let custom = value as? MustacheCustomRepresentation {
            child = custom.representation
        }

        // skip transforms if child is already nil
        guard var child else {
            return nil
        }

        // if we want to run a transform and the current child can have transforms applied to it then
        // run transform on the current child
        for transform in transforms.reversed() {
            if let runnable = child as? MustacheTransformable,
                let transformed = runnable.transform(transform)
            {
                child = transformed
                continue
            }

            // return nil if transform is unsuccessful or has returned nil
            return nil
        }
        return child
    }

    private static func isASCII(_ name: String) -> Bool {
        name.utf8.allSatisfy { $0 < 0x80 }
    }

    private static func hasDot(_ name: String) -> Bool {
        for byte in name.utf8 where byte == UInt8(ascii: ".") { return true }
        return false
    }

    private func unwrapIfAnyContainsOptional(_ value: Any) -> Any {
        guard let opt = value as? AnyOptional else { return value }
        return opt.anyWrapped ?? value  // nil? keep the original Optional.none
    }
}
