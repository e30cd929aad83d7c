package io.github.chorus.channel.local.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ConnectRequest;
import io.github.chorus.channels.connector.IAccountSecrets;
import io.github.chorus.channels.connector.MediaFile;
import io.github.chorus.channels.connector.PostPart;
import io.github.chorus.channels.connector.PublishRequest;
import io.github.chorus.channels.connector.PublishResult;

class LocalFeedConnectorTest {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final IAccountSecrets NO_SECRETS = new IAccountSecrets() {
		@Override
		public java.util.Optional<String> get(String name) {
			throw new AssertionError("the Local feed has no secrets");
		}

		@Override
		public void put(String name, String value) {
			throw new AssertionError("the Local feed has no secrets");
		}

		@Override
		public void remove(String name) {
			throw new AssertionError("the Local feed has no secrets");
		}
	};

	@TempDir
	Path folder;

	private final LocalFeedConnector connector = new LocalFeedConnector(
			Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC));

	private ChannelAccount connect() throws ChannelException {
		AccountProfile profile = connector.connect(new ConnectRequest(Map.of("folder", folder.resolve("feed").toString()),
				uri -> {
					throw new AssertionError("no browser for a local feed");
				}, java.time.Duration.ofSeconds(1)), NO_SECRETS);
		assertThat(profile.channelTypeId()).isEqualTo("io.github.chorus.channel.local");
		assertThat(profile.tokenExpiry()).isNull();
		return profile.account();
	}

	@Test
	void publishesAValidAtomFeedAndAPage() throws Exception {
		ChannelAccount account = connect();
		PublishResult result = connector.publish(account, NO_SECRETS,
				PublishRequest.text("post-1", "Spring launch <today> & \"tomorrow\"\nSecond line"));

		assertThat(result.scheduled()).isFalse();
		assertThat(result.at()).isEqualTo(Instant.parse("2026-11-26T09:30:00Z"));
		assertThat(result.url().toString()).startsWith(folder.resolve("feed/index.html").toUri().toString() + "#e-");

		Document feed = parse(folder.resolve("feed/feed.xml"));
		assertValidAtom(feed);
		List<Element> entries = entries(feed);
		assertThat(entries).hasSize(1);
		assertThat(child(entries.get(0), "id").getTextContent()).isEqualTo(result.remoteId());
		assertThat(child(entries.get(0), "title").getTextContent()).isEqualTo("Spring launch <today> & \"tomorrow\"");
		assertThat(child(entries.get(0), "content").getTextContent())
				.isEqualTo("Spring launch <today> & \"tomorrow\"\nSecond line");

		String page = Files.readString(folder.resolve("feed/index.html"), StandardCharsets.UTF_8);
		assertThat(page).contains("Spring launch &lt;today&gt; &amp; &quot;tomorrow&quot;")
				.contains("id=\"" + result.url().getFragment() + "\"").doesNotContain("<today>");
	}

	@Test
	void publishingTheSameKeyTwiceDoesNotDuplicate() throws Exception {
		ChannelAccount account = connect();
		PublishResult first = connector.publish(account, NO_SECRETS, PublishRequest.text("same-key", "Hello"));
		String feedBefore = Files.readString(folder.resolve("feed/feed.xml"));
		PublishResult second = connector.publish(account, NO_SECRETS, PublishRequest.text("same-key", "Hello"));
		connector.publish(account, NO_SECRETS, PublishRequest.text("other-key", "World"));

		assertThat(second).isEqualTo(first);
		Document feed = parse(folder.resolve("feed/feed.xml"));
		assertValidAtom(feed);
		assertThat(entries(feed)).extracting(e -> child(e, "content").getTextContent()).containsExactly("World", "Hello");
		assertThat(feedBefore).isNotEqualTo(Files.readString(folder.resolve("feed/feed.xml")));
		try (var files = Files.list(folder.resolve("feed"))) {
			assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
					.containsExactlyInAnyOrder("feed.xml", "index.html");
		}
	}

	@Test
	void threadsAndMediaWithAltText() throws Exception {
		ChannelAccount account = connect();
		Path image = folder.resolve("photo one.png");
		Files.write(image, new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 });
		PublishRequest request = new PublishRequest("thread-1",
				List.of(new PostPart("First", "CW: spoilers", List.of(new MediaFile(image, "image/png", "A red bike"))),
						PostPart.text("Second"), PostPart.text("Third")),
				PublishRequest.FollowUps.THREAD, null, null, Map.of());
		PublishResult result = connector.publish(account, NO_SECRETS, request);
		assertThat(result.parts()).hasSize(3);

		Document feed = parse(folder.resolve("feed/feed.xml"));
		assertValidAtom(feed);
		Element first = entryWithId(feed, result.parts().get(0).remoteId());
		Element second = entryWithId(feed, result.parts().get(1).remoteId());
		Element third = entryWithId(feed, result.parts().get(2).remoteId());
		assertThat(inReplyTo(first)).isNull();
		assertThat(inReplyTo(second)).isEqualTo(result.parts().get(0).remoteId());
		assertThat(inReplyTo(third)).isEqualTo(result.parts().get(1).remoteId());
		assertThat(child(first, "summary").getTextContent()).isEqualTo("CW: spoilers");

		Element enclosure = null;
		for (Node n = first.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && "link".equals(e.getLocalName()) && "enclosure".equals(e.getAttribute("rel"))) {
				enclosure = e;
			}
		}
		assertThat(enclosure).isNotNull();
		assertThat(enclosure.getAttribute("type")).isEqualTo("image/png");
		assertThat(enclosure.getAttribute("length")).isEqualTo("7");
		assertThat(enclosure.getAttribute("title")).isEqualTo("A red bike");
		Path copied = folder.resolve("feed").resolve(enclosure.getAttribute("href"));
		assertThat(Files.readAllBytes(copied)).isEqualTo(Files.readAllBytes(image));
		assertThat(Files.readString(folder.resolve("feed/index.html"))).contains("alt=\"A red bike\"");

		PublishRequest comments = new PublishRequest("comments-1",
				List.of(PostPart.text("Post"), PostPart.text("Comment 1"), PostPart.text("Comment 2")),
				PublishRequest.FollowUps.COMMENTS, result.remoteId(), null, Map.of());
		PublishResult commented = connector.publish(account, NO_SECRETS, comments);
		feed = parse(folder.resolve("feed/feed.xml"));
		assertThat(inReplyTo(entryWithId(feed, commented.parts().get(0).remoteId()))).isEqualTo(result.remoteId());
		assertThat(inReplyTo(entryWithId(feed, commented.parts().get(2).remoteId())))
				.isEqualTo(commented.parts().get(0).remoteId());
		assertValidAtom(feed);
	}

	@Test
	void aDamagedFeedIsReportedNotOverwritten() throws Exception {
		ChannelAccount account = connect();
		Files.writeString(folder.resolve("feed/feed.xml"), "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>");
		assertThatThrownBy(() -> connector.publish(account, NO_SECRETS, PublishRequest.text("k", "x")))
				.isInstanceOfSatisfying(ChannelException.class,
						e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.GONE));
		assertThat(Files.readString(folder.resolve("feed/feed.xml"))).endsWith("<entry>");
	}

	@Test
	void nativeSchedulingIsNotOffered() throws Exception {
		ChannelAccount account = connect();
		assertThat(connector.operations()).doesNotContain(io.github.chorus.channels.connector.ConnectorOperation.NATIVE_SCHEDULING);
		PublishRequest later = new PublishRequest("k", List.of(PostPart.text("x")), PublishRequest.FollowUps.THREAD, null,
				Instant.parse("2027-01-01T00:00:00Z"), Map.of());
		assertThatThrownBy(() -> connector.publish(account, NO_SECRETS, later))
				.isInstanceOf(UnsupportedOperationException.class);
		assertThat(folder.resolve("feed/feed.xml")).doesNotExist();
	}

	private static Document parse(Path file) throws Exception {
		return LocalFeedConnector.documentBuilder().parse(file.toFile());
	}

	/** The Atom 1.0 (RFC 4287) rules a feed reader relies on. */
	private static void assertValidAtom(Document document) {
		Element feed = document.getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertExactlyOne(feed, "id");
		assertExactlyOne(feed, "title");
		assertExactlyOne(feed, "updated");
		assertDate(child(feed, "updated").getTextContent());
		assertThat(children(feed, "author")).as("feed author (entries have none)").hasSize(1);
		assertThat(child(children(feed, "author").get(0), "name").getTextContent()).isNotBlank();
		Set<String> ids = new HashSet<>();
		for (Element entry : entries(document)) {
			assertExactlyOne(entry, "id");
			assertExactlyOne(entry, "title");
			assertExactlyOne(entry, "updated");
			assertDate(child(entry, "updated").getTextContent());
			assertDate(child(entry, "published").getTextContent());
			assertThat(java.net.URI.create(child(entry, "id").getTextContent()).isAbsolute()).isTrue();
			assertThat(ids.add(child(entry, "id").getTextContent())).as("unique entry ids").isTrue();
			assertThat(children(entry, "content")).hasSize(1);
			assertThat(children(entry, "content").get(0).getAttribute("type")).isEqualTo("text");
			long alternates = children(entry, "link").stream().filter(l -> "alternate".equals(l.getAttribute("rel"))).count();
			assertThat(alternates).isEqualTo(1);
		}
	}

	private static void assertDate(String text) {
		assertThat(OffsetDateTime.parse(text)).isNotNull();
	}

	private static void assertExactlyOne(Element parent, String name) {
		assertThat(children(parent, name)).as(parent.getLocalName() + "/" + name).hasSize(1);
		assertThat(children(parent, name).get(0).getTextContent()).isNotBlank();
	}

	private static List<Element> entries(Document document) {
		return children(document.getDocumentElement(), "entry");
	}

	private static Element entryWithId(Document document, String id) {
		return entries(document).stream().filter(e -> id.equals(child(e, "id").getTextContent())).findFirst().orElseThrow();
	}

	private static String inReplyTo(Element entry) {
		for (Node n = entry.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && LocalFeedConnector.THREADING.equals(e.getNamespaceURI())
					&& "in-reply-to".equals(e.getLocalName())) {
				return e.getAttribute("ref");
			}
		}
		return null;
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> result = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
				result.add(e);
			}
		}
		return result;
	}

	private static Element child(Element parent, String name) {
		List<Element> all = children(parent, name);
		return all.isEmpty() ? null : all.get(0);
	}
}
