// Markdown rendering (see MarkdownRenderer.swift).
