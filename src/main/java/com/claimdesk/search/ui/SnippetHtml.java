package com.claimdesk.search.ui;

import com.vaadin.flow.component.html.Span;

import java.util.regex.Pattern;

/**
 * A snippet on the page. The search escapes a case's text and adds only {@code <mark>} tags, so the snippet may be
 * rendered as HTML; this checks that again before doing so (defence in depth: a change in the highlighter or in
 * {@code Snippets} must not turn a buyer's {@code <script>} into markup). A snippet with any other tag is shown as
 * plain text, its marks dropped.
 */
final class SnippetHtml {

    private static final Pattern MARK = Pattern.compile("</?mark>");

    private SnippetHtml() {
    }

    /** Whether {@code snippet} holds no tag but {@code <mark>} and {@code </mark>}. */
    static boolean onlyMarks(String snippet) {
        String rest = MARK.matcher(snippet).replaceAll("");
        return rest.indexOf('<') < 0 && rest.indexOf('>') < 0;
    }

    static Span render(String snippet) {
        var span = new Span();
        span.addClassName("cd-search-snippet");
        if (onlyMarks(snippet)) {
            span.getElement().setProperty("innerHTML", snippet);
        } else {
            span.setText(org.springframework.web.util.HtmlUtils.htmlUnescape(MARK.matcher(snippet).replaceAll("")));
        }
        return span;
    }
}
