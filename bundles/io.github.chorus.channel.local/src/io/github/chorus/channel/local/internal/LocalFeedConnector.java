package io.github.chorus.channel.local.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.IChannelConnector;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ChannelException.Kind;
import io.github.chorus.channels.connector.ConnectRequest;
import io.github.chorus.channels.connector.ConnectorOperation;
import io.github.chorus.channels.connector.IAccountSecrets;
import io.github.chorus.channels.connector.MediaFile;
import io.github.chorus.channels.connector.PostPart;
import io.github.chorus.channels.connector.PublishRequest;
import io.github.chorus.channels.connector.PublishResult;
import io.github.chorus.channels.connector.PublishedPart;

/**
 * The Local feed: publishes into an Atom 1.0 feed ({@value #FEED_FILE}) and a static HTML page
 * ({@value #PAGE_FILE}) in a folder, with media copied into {@code media/}. No account, no network.
 * <p>
 * Connect with the parameter {@value #FOLDER}: the folder (created when missing). Every part of a
 * publication becomes one entry whose id is derived from the idempotency key, so publishing the same
 * key again returns the entries already there instead of adding new ones. Follow-up parts carry an
 * Atom threading ({@code RFC 4685}) {@code thr:in-reply-to} to the part they answer. Both files are
 * written to a temporary file and moved into place atomically.
 * </p>
 */
public final class LocalFeedConnector implements IChannelConnector {

	/** The connect parameter and account setting naming the folder. */
	public static final String FOLDER = "folder"; //$NON-NLS-1$
	/** The feed's file name. */
	public static final String FEED_FILE = "feed.xml"; //$NON-NLS-1$
	/** The page's file name. */
	public static final String PAGE_FILE = "index.html"; //$NON-NLS-1$

	static final String ATOM = "http://www.w3.org/2005/Atom"; //$NON-NLS-1$
	static final String THREADING = "http://purl.org/syndication/thread/1.0"; //$NON-NLS-1$
	private static final String CHANNEL_TYPE = "io.github.chorus.channel.local"; //$NON-NLS-1$
	private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

	private final Clock clock;

	/** Created by the extension registry. */
	public LocalFeedConnector() {
		this(Clock.systemUTC());
	}

	/**
	 * @param clock gives the publication times
	 */
	public LocalFeedConnector(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Set<ConnectorOperation> operations() {
		return Set.of(ConnectorOperation.CONNECT, ConnectorOperation.PUBLISH, ConnectorOperation.MEDIA,
				ConnectorOperation.THREADS);
	}

	@Override
	public AccountProfile connect(ConnectRequest request, IAccountSecrets secrets) throws ChannelException {
		Path folder = Path.of(request.require(FOLDER)).toAbsolutePath().normalize();
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new ChannelException(Kind.REJECTED, "The folder " + folder + " cannot be created: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
		return new AccountProfile(CHANNEL_TYPE, folder.toString(), "Local feed (" + name + ')', null, null, //$NON-NLS-1$
				Map.of(FOLDER, folder.toString()));
	}

	@Override
	public AccountProfile refresh(ChannelAccount account, IAccountSecrets secrets) throws ChannelException {
		Path folder = folder(account);
		return new AccountProfile(CHANNEL_TYPE, account.accountId(),
				"Local feed (" + folder.getFileName() + ')', null, null, Map.of(FOLDER, folder.toString())); //$NON-NLS-1$
	}

	@Override
	public PublishResult publish(ChannelAccount account, IAccountSecrets secrets, PublishRequest request)
			throws ChannelException {
		if (request.scheduledAt() != null) {
			throw new UnsupportedOperationException("The Local feed has no native scheduling"); //$NON-NLS-1$
		}
		Path folder = folder(account);
		synchronized (LOCKS.computeIfAbsent(folder, f -> new Object())) {
			try {
				Files.createDirectories(folder);
				Document feed = readOrCreateFeed(folder.resolve(FEED_FILE), folder);
				Element root = feed.getDocumentElement();
				Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
				List<PublishedPart> published = new ArrayList<>();
				boolean changed = false;
				String firstId = null;
				String previousId = null;
				for (int i = 0; i < request.parts().size(); i++) {
					String id = entryId(request.idempotencyKey(), i);
					URI url = URI.create(folder.resolve(PAGE_FILE).toUri().toString() + '#' + anchor(id));
					if (findEntry(root, id) == null) {
						String inReplyTo = i == 0 ? request.replyTo()
								: request.followUps() == PublishRequest.FollowUps.THREAD ? previousId : firstId;
						root.insertBefore(entry(feed, folder, id, request.parts().get(i), inReplyTo, now),
								firstEntry(root));
						changed = true;
					}
					published.add(new PublishedPart(id, url));
					if (i == 0) {
						firstId = id;
					}
					previousId = id;
				}
				if (changed) {
					setText(child(root, "updated"), now.toString()); //$NON-NLS-1$
					writeAtomically(folder.resolve(FEED_FILE), serialize(feed));
					writeAtomically(folder.resolve(PAGE_FILE), FeedPage.render(feed));
				}
				Element first = findEntry(root, firstId);
				Instant at = Instant.parse(child(first, "published").getTextContent()); //$NON-NLS-1$
				return new PublishResult(published, false, at);
			} catch (IOException e) {
				throw new ChannelException(Kind.TRANSIENT,
						"The Local feed in " + folder + " cannot be written: " + e.getMessage(), null, null, 0, null); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (SAXException e) {
				throw new ChannelException(Kind.GONE, "The Local feed file " + folder.resolve(FEED_FILE) //$NON-NLS-1$
						+ " is damaged and cannot be read; move it away to start a new feed", null, null, 0, null); //$NON-NLS-1$
			}
		}
	}

	private static Path folder(ChannelAccount account) throws ChannelException {
		String folder = account.settings().get(FOLDER);
		if (folder == null || folder.isBlank()) {
			throw new ChannelException(Kind.GONE, "The Local feed account has no folder; connect it again"); //$NON-NLS-1$
		}
		return Path.of(folder);
	}

	/**
	 * @param key  an idempotency key
	 * @param part the part's index
	 * @return the Atom id of that part's entry
	 */
	static String entryId(String key, int part) {
		return "urn:chorus:local:" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ (part == 0 ? "" : ":part-" + (part + 1)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String anchor(String id) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
			return "e-" + HexFormat.of().formatHex(hash, 0, 8); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private Element entry(Document feed, Path folder, String id, PostPart part, String inReplyTo, Instant now)
			throws IOException {
		Element entry = feed.createElementNS(ATOM, "entry"); //$NON-NLS-1$
		append(feed, entry, "id", id); //$NON-NLS-1$
		append(feed, entry, "title", title(part)); //$NON-NLS-1$
		append(feed, entry, "published", now.toString()); //$NON-NLS-1$
		append(feed, entry, "updated", now.toString()); //$NON-NLS-1$
		Element alternate = feed.createElementNS(ATOM, "link"); //$NON-NLS-1$
		alternate.setAttribute("rel", "alternate"); //$NON-NLS-1$ //$NON-NLS-2$
		alternate.setAttribute("type", "text/html"); //$NON-NLS-1$ //$NON-NLS-2$
		alternate.setAttribute("href", PAGE_FILE + '#' + anchor(id)); //$NON-NLS-1$
		entry.appendChild(alternate);
		if (inReplyTo != null) {
			Element reply = feed.createElementNS(THREADING, "thr:in-reply-to"); //$NON-NLS-1$
			reply.setAttribute("ref", inReplyTo); //$NON-NLS-1$
			entry.appendChild(reply);
		}
		if (part.spoiler() != null && !part.spoiler().isBlank()) {
			append(feed, entry, "summary", part.spoiler()); //$NON-NLS-1$
		}
		int n = 0;
		for (MediaFile media : part.media()) {
			n++;
			Path mediaFolder = folder.resolve("media"); //$NON-NLS-1$
			Files.createDirectories(mediaFolder);
			String fileName = anchor(id) + '-' + n + '-' + safeName(media.file().getFileName().toString());
			Path target = mediaFolder.resolve(fileName);
			Files.copy(media.file(), target, StandardCopyOption.REPLACE_EXISTING);
			Element enclosure = feed.createElementNS(ATOM, "link"); //$NON-NLS-1$
			enclosure.setAttribute("rel", "enclosure"); //$NON-NLS-1$ //$NON-NLS-2$
			enclosure.setAttribute("type", media.mimeType()); //$NON-NLS-1$
			enclosure.setAttribute("href", "media/" + fileName); //$NON-NLS-1$ //$NON-NLS-2$
			enclosure.setAttribute("length", Long.toString(Files.size(target))); //$NON-NLS-1$
			if (!media.altTextOrEmpty().isBlank()) {
				enclosure.setAttribute("title", media.altText()); //$NON-NLS-1$
			}
			entry.appendChild(enclosure);
		}
		Element content = append(feed, entry, "content", part.text()); //$NON-NLS-1$
		content.setAttribute("type", "text"); //$NON-NLS-1$ //$NON-NLS-2$
		return entry;
	}

	private static String safeName(String name) {
		String safe = name.replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return safe.isEmpty() ? "file" : safe; //$NON-NLS-1$
	}

	private static String title(PostPart part) {
		String text = part.text().strip();
		int newline = text.indexOf('\n');
		if (newline >= 0) {
			text = text.substring(0, newline).strip();
		}
		if (text.codePointCount(0, text.length()) > 80) {
			text = text.substring(0, text.offsetByCodePoints(0, 79)) + '\u2026';
		}
		return text.isEmpty() ? "(media)" : text; //$NON-NLS-1$
	}

	private static Document readOrCreateFeed(Path file, Path folder) throws IOException, SAXException {
		DocumentBuilder builder = documentBuilder();
		try {
			byte[] bytes = Files.readAllBytes(file);
			Document document = builder.parse(new java.io.ByteArrayInputStream(bytes));
			Element root = document.getDocumentElement();
			if (!ATOM.equals(root.getNamespaceURI()) || !"feed".equals(root.getLocalName())) { //$NON-NLS-1$
				throw new SAXException("not an Atom feed"); //$NON-NLS-1$
			}
			dropIndentation(root);
			return document;
		} catch (NoSuchFileException e) {
			Document document = builder.newDocument();
			Element root = document.createElementNS(ATOM, "feed"); //$NON-NLS-1$
			root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:thr", THREADING); //$NON-NLS-1$
			document.appendChild(root);
			append(document, root, "id", "urn:chorus:local-feed:" + anchor(folder.toString())); //$NON-NLS-1$ //$NON-NLS-2$
			String name = folder.getFileName() == null ? "Chorus" : folder.getFileName().toString(); //$NON-NLS-1$
			append(document, root, "title", name); //$NON-NLS-1$
			append(document, root, "updated", Instant.EPOCH.toString()); //$NON-NLS-1$
			Element author = document.createElementNS(ATOM, "author"); //$NON-NLS-1$
			append(document, author, "name", "Chorus"); //$NON-NLS-1$ //$NON-NLS-2$
			root.appendChild(author);
			Element self = document.createElementNS(ATOM, "link"); //$NON-NLS-1$
			self.setAttribute("rel", "self"); //$NON-NLS-1$ //$NON-NLS-2$
			self.setAttribute("href", file.toUri().toString()); //$NON-NLS-1$
			root.appendChild(self);
			Element generator = append(document, root, "generator", "Chorus"); //$NON-NLS-1$ //$NON-NLS-2$
			generator.setAttribute("uri", "https://github.com/chorus"); //$NON-NLS-1$ //$NON-NLS-2$
			return document;
		}
	}

	static DocumentBuilder documentBuilder() throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder;
		} catch (ParserConfigurationException e) {
			throw new IOException(e);
		}
	}

	/** Removes the indentation between elements, so that writing the feed again does not grow it. */
	private static void dropIndentation(Element element) {
		boolean hasElements = false;
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			hasElements |= node instanceof Element;
		}
		Node node = element.getFirstChild();
		while (node != null) {
			Node next = node.getNextSibling();
			if (hasElements && node.getNodeType() == Node.TEXT_NODE && node.getTextContent().isBlank()) {
				element.removeChild(node);
			} else if (node instanceof Element child) {
				dropIndentation(child);
			}
			node = next;
		}
	}

	private static Element findEntry(Element root, String id) {
		for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element entry && "entry".equals(entry.getLocalName())) { //$NON-NLS-1$
				Element entryId = child(entry, "id"); //$NON-NLS-1$
				if (entryId != null && id.equals(entryId.getTextContent().strip())) {
					return entry;
				}
			}
		}
		return null;
	}

	private static Node firstEntry(Element root) {
		NodeList entries = root.getElementsByTagNameNS(ATOM, "entry"); //$NON-NLS-1$
		return entries.getLength() == 0 ? null : entries.item(0);
	}

	static Element child(Element parent, String name) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				return element;
			}
		}
		return null;
	}

	private static Element append(Document document, Element parent, String name, String text) {
		Element element = document.createElementNS(ATOM, name);
		element.setTextContent(text);
		parent.appendChild(element);
		return element;
	}

	private static void setText(Element element, String text) {
		element.setTextContent(text);
	}

	private static String serialize(Document document) throws IOException {
		try {
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8"); //$NON-NLS-1$
			transformer.setOutputProperty(OutputKeys.INDENT, "yes"); //$NON-NLS-1$
			document.normalizeDocument();
			StringWriter writer = new StringWriter();
			transformer.transform(new DOMSource(document), new StreamResult(writer));
			return writer.toString();
		} catch (TransformerException e) {
			throw new IOException(e);
		}
	}

	static void writeAtomically(Path target, String content) throws IOException {
		Path temporary = Files.createTempFile(target.getParent(), '.' + target.getFileName().toString(), ".tmp"); //$NON-NLS-1$
		try {
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
