package io.github.chorus.channel.local.internal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Renders the Local feed as a static HTML page: one article per entry, newest first, with images
 * (and their alt text) and links to other media.
 */
final class FeedPage {

	private FeedPage() {
	}

	static String render(Document feed) {
		Element root = feed.getDocumentElement();
		StringBuilder html = new StringBuilder(4096);
		String title = text(LocalFeedConnector.child(root, "title")); //$NON-NLS-1$
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>") //$NON-NLS-1$
				.append(escape(title)).append("</title>\n") //$NON-NLS-1$
				.append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"") //$NON-NLS-1$
				.append(LocalFeedConnector.FEED_FILE).append("\">\n</head>\n<body>\n<h1>") //$NON-NLS-1$
				.append(escape(title)).append("</h1>\n"); //$NON-NLS-1$
		for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (!(node instanceof Element entry) || !"entry".equals(entry.getLocalName())) { //$NON-NLS-1$
				continue;
			}
			String id = text(LocalFeedConnector.child(entry, "id")); //$NON-NLS-1$
			String published = text(LocalFeedConnector.child(entry, "published")); //$NON-NLS-1$
			html.append("<article id=\"").append(LocalFeedConnector.anchor(id)).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
			html.append("<p><time datetime=\"").append(escape(published)).append("\">").append(escape(published)) //$NON-NLS-1$ //$NON-NLS-2$
					.append("</time></p>\n"); //$NON-NLS-1$
			Element summary = LocalFeedConnector.child(entry, "summary"); //$NON-NLS-1$
			if (summary != null) {
				html.append("<p><strong>").append(escape(text(summary))).append("</strong></p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (String paragraph : text(LocalFeedConnector.child(entry, "content")).split("\n")) { //$NON-NLS-1$ //$NON-NLS-2$
				html.append("<p>").append(escape(paragraph)).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (Node link = entry.getFirstChild(); link != null; link = link.getNextSibling()) {
				if (link instanceof Element e && "link".equals(e.getLocalName()) //$NON-NLS-1$
						&& "enclosure".equals(e.getAttribute("rel"))) { //$NON-NLS-1$ //$NON-NLS-2$
					String href = escape(e.getAttribute("href")); //$NON-NLS-1$
					if (e.getAttribute("type").startsWith("image/")) { //$NON-NLS-1$ //$NON-NLS-2$
						html.append("<img src=\"").append(href).append("\" alt=\"") //$NON-NLS-1$ //$NON-NLS-2$
								.append(escape(e.getAttribute("title"))).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
					} else {
						html.append("<p><a href=\"").append(href).append("\">").append(href).append("</a></p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
				}
			}
			html.append("</article>\n"); //$NON-NLS-1$
		}
		return html.append("</body>\n</html>\n").toString(); //$NON-NLS-1$
	}

	private static String text(Element element) {
		return element == null ? "" : element.getTextContent(); //$NON-NLS-1$
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> out.append("&lt;"); //$NON-NLS-1$
			case '>' -> out.append("&gt;"); //$NON-NLS-1$
			case '&' -> out.append("&amp;"); //$NON-NLS-1$
			case '"' -> out.append("&quot;"); //$NON-NLS-1$
			case '\'' -> out.append("&#39;"); //$NON-NLS-1$
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
