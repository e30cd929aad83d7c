package io.github.chorus.channels.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;

import io.github.chorus.channels.AspectRatio;
import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.ChannelFeature;
import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.channels.CountingMethod;
import io.github.chorus.channels.EntitySyntax;
import io.github.chorus.channels.IChannelConnector;
import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.channels.MediaRules;
import io.github.chorus.channels.MediaTypeRule;
import io.github.chorus.channels.MentionCounting;
import io.github.chorus.channels.TextMediaRequirement;
import io.github.chorus.channels.TextRules;
import io.github.chorus.channels.text.TextCheck;
import io.github.chorus.channels.text.TextValidator;

/**
 * The {@link IChannelTypeRegistry} service in a running OSGi framework: the built-in channel types,
 * the test bundle's own contributions (a fake channel type with a connector, and invalid ones it
 * must skip), and a channel plug-in installed and uninstalled while the registry runs.
 */
class ChannelTypeRegistryTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);
	private static final String FAKE = "io.github.chorus.channels.tests.fake"; //$NON-NLS-1$

	private static ServiceTracker<IChannelTypeRegistry, IChannelTypeRegistry> tracker;
	private static IChannelTypeRegistry registry;

	@BeforeAll
	static void getService() throws InterruptedException {
		// the registry service is published by org.eclipse.equinox.registry, which starts lazily
		assertThat(RegistryFactory.getRegistry()).isNotNull();
		BundleContext context = FrameworkUtil.getBundle(ChannelTypeRegistryTest.class).getBundleContext();
		tracker = new ServiceTracker<>(context, IChannelTypeRegistry.class, null);
		tracker.open();
		registry = tracker.waitForService(TIMEOUT.toMillis());
		assertThat(registry).as("IChannelTypeRegistry service (is org.apache.felix.scr started?)").isNotNull(); //$NON-NLS-1$
	}

	@AfterAll
	static void closeTracker() {
		tracker.close();
	}

	@Test
	void readsTheBuiltInChannelTypes() {
		assertThat(registry.channelTypes()).extracting(ChannelTypeDescriptor::id).contains(
				"io.github.chorus.channel.bluesky", "io.github.chorus.channel.facebook", //$NON-NLS-1$ //$NON-NLS-2$
				"io.github.chorus.channel.instagram", "io.github.chorus.channel.linkedin", //$NON-NLS-1$ //$NON-NLS-2$
				"io.github.chorus.channel.local", "io.github.chorus.channel.mastodon", //$NON-NLS-1$ //$NON-NLS-2$
				"io.github.chorus.channel.threads", "io.github.chorus.channel.x"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(registry.channelTypes()).isSortedAccordingTo((a, b) -> a.id().compareTo(b.id()));

		ChannelTypeDescriptor x = registry.channelType("io.github.chorus.channel.x").orElseThrow(); //$NON-NLS-1$
		assertThat(x.name()).isEqualTo("X"); //$NON-NLS-1$
		assertThat(x.contributor()).isEqualTo("io.github.chorus.channel.x"); //$NON-NLS-1$
		assertThat(x.iconUri()).contains("platform:/plugin/io.github.chorus.channel.x/icons/x.svg"); //$NON-NLS-1$
		assertThat(x.capabilities().text()).isEqualTo(TwitterTextConformanceTest.X);
		assertThat(x.hasConnector()).isTrue();
		assertThat(registry.channelType("io.github.chorus.channel.mastodon").orElseThrow().capabilities().text()) //$NON-NLS-1$
				.isEqualTo(MastodonCountingTest.MASTODON);
		assertThat(registry.channelType("io.github.chorus.channel.bluesky").orElseThrow().capabilities().text()) //$NON-NLS-1$
				.isEqualTo(BlueskyRulesTest.BLUESKY);
		assertThat(registry.channelType("io.github.chorus.channel.facebook").orElseThrow().name()) //$NON-NLS-1$
				.isEqualTo("Facebook Page"); //$NON-NLS-1$
	}

	@Test
	void readsMediaRulesPerPostType() {
		ChannelTypeDescriptor instagram = registry.channelType("io.github.chorus.channel.instagram").orElseThrow(); //$NON-NLS-1$
		assertThat(instagram.capabilities().text().maxHashtags()).hasValue(30);
		assertThat(instagram.capabilities().media()).extracting(MediaRules::postType).containsExactly("post", //$NON-NLS-1$
				"carousel", "reel", "story"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		MediaRules post = instagram.capabilities().mediaRules("post").orElseThrow(); //$NON-NLS-1$
		assertThat(post.requires()).isEqualTo(TextMediaRequirement.MEDIA);
		MediaTypeRule jpeg = post.ruleFor("image/JPEG").orElseThrow(); //$NON-NLS-1$
		assertThat(jpeg.minAspectRatio()).contains(new AspectRatio(4, 5));
		assertThat(jpeg.maxAspectRatio()).contains(new AspectRatio(1.91, 1));
		assertThat(jpeg.maxBytes()).hasValue(8388608);
		assertThat(post.ruleFor("video/mp4")).as("a single post takes images only").isEmpty(); //$NON-NLS-1$
		assertThat(registry.channelType("io.github.chorus.channel.mastodon").orElseThrow().capabilities() //$NON-NLS-1$
				.supports(ChannelFeature.NATIVE_SCHEDULING)).isTrue();
	}

	@Test
	void aContributedFakeChannelValidatesAgainstItsDeclaredRules() throws Exception {
		ChannelTypeDescriptor fake = registry.channelType(FAKE).orElseThrow();
		TextRules rules = fake.capabilities().text();
		assertThat(rules).isEqualTo(new TextRules(10, CountingMethod.CODE_POINTS, java.util.OptionalInt.of(5),
				MentionCounting.LOCAL_PART, EntitySyntax.MASTODON, false, java.util.OptionalInt.empty(),
				java.util.OptionalInt.empty()));
		TextValidator validator = new TextValidator();
		assertThat(validator.check(rules, "@a@b.c https://example.com/long").length()).isEqualTo(2 + 1 + 5); //$NON-NLS-1$
		TextCheck tooLong = validator.check(rules, "\uD83D\uDE00".repeat(11)); //$NON-NLS-1$
		assertThat(tooLong.valid()).isFalse();
		assertThat(tooLong.overLimit().get(0).start()).isEqualTo(10);

		MediaRules media = fake.capabilities().mediaRules(MediaRules.DEFAULT_POST_TYPE).orElseThrow();
		assertThat(media.maxItems()).isEqualTo(2);
		assertThat(media.mixingAllowed()).isTrue();
		assertThat(media.requires()).isEqualTo(TextMediaRequirement.TEXT_AND_MEDIA);
		assertThat(media.ruleFor("image/webp").orElseThrow().altTextRequired()).isTrue(); //$NON-NLS-1$
		assertThat(media.ruleFor("video/mp4").orElseThrow().minDurationSeconds()).hasValue(1.5); //$NON-NLS-1$
		assertThat(media.ruleFor("video/mp4").orElseThrow().maxItems()).hasValue(1); //$NON-NLS-1$
		assertThat(fake.capabilities().features()).containsExactlyInAnyOrder(ChannelFeature.POLLS,
				ChannelFeature.METRICS);
	}

	@Test
	void theConnectorIsCreatedLazilyOnceAndRefinesPerAccount() throws Exception {
		ChannelTypeDescriptor fake = registry.channelType(FAKE).orElseThrow();
		assertThat(fake.connectorClass()).contains("io.github.chorus.channels.tests.FakeConnector"); //$NON-NLS-1$
		Optional<IChannelConnector> first = registry.connector(FAKE);
		Optional<IChannelConnector> second = registry.connector(FAKE);
		assertThat(first).isPresent().containsSame(second.orElseThrow());
		assertThat(first.get()).isInstanceOf(FakeConnector.class);
		assertThat(FakeConnector.CREATED.get()).isEqualTo(1);

		ChannelAccount big = new ChannelAccount(FAKE, "@me@big.example", Map.of("maxCharacters", "5000")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(registry.capabilities(big).orElseThrow().text().maxLength()).isEqualTo(5000);
		ChannelAccount plain = new ChannelAccount(FAKE, "@me@small.example", Map.of()); //$NON-NLS-1$
		assertThat(registry.capabilities(plain).orElseThrow().text().maxLength()).isEqualTo(10);
		assertThat(registry.connector("no.such.channel")).as("not installed").isEmpty(); //$NON-NLS-1$
		assertThat(registry.connector("io.github.chorus.channel.mastodon").orElseThrow().operations()) //$NON-NLS-1$
				.as("the built-in Mastodon connector, created from its contribution").isNotEmpty();
		assertThat(registry.capabilities(new ChannelAccount("io.github.chorus.channel.mastodon", "@a@b", Map.of()))) //$NON-NLS-1$ //$NON-NLS-2$
				.contains(registry.channelType("io.github.chorus.channel.mastodon").orElseThrow().capabilities()); //$NON-NLS-1$
		assertThat(registry.capabilities(new ChannelAccount("no.such.channel", "a", Map.of()))).isEmpty(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void invalidContributionsAreSkippedAndDuplicatesIgnored() {
		assertThat(registry.channelType("io.github.chorus.channels.tests.noText")).isEmpty(); //$NON-NLS-1$
		assertThat(registry.channelType("io.github.chorus.channels.tests.badNumber")).isEmpty(); //$NON-NLS-1$
		assertThat(registry.channelType("io.github.chorus.channels.tests.badCounting")).isEmpty(); //$NON-NLS-1$
		assertThat(registry.channelType("io.github.chorus.channels.tests.badRatios")).isEmpty(); //$NON-NLS-1$
		assertThat(registry.channelType("io.github.chorus.channels.tests.twoPosts")) //$NON-NLS-1$
				.as("media rules for one post type declared twice").isEmpty(); //$NON-NLS-1$
		assertThat(registry.channelType("io.github.chorus.channel.x").orElseThrow().contributor()) //$NON-NLS-1$
				.as("the contributor owning the id's namespace wins, whatever the reading order").isEqualTo("io.github.chorus.channel.x"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void followsAChannelPluginInstalledAndUninstalledAtRuntime() throws Exception {
		String id = "com.example.chorus.channel.dynamic"; //$NON-NLS-1$
		List<String> events = new CopyOnWriteArrayList<>();
		registry.addListener((added, removed) -> {
			added.forEach(type -> events.add("+" + type.id())); //$NON-NLS-1$
			removed.forEach(type -> events.add("-" + type.id())); //$NON-NLS-1$
		});
		BundleContext context = FrameworkUtil.getBundle(ChannelTypeRegistryTest.class).getBundleContext();
		FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
		assertThat(registry.channelType(id)).isEmpty();

		Bundle plugin = context.installBundle("chorus-test:" + id, new ByteArrayInputStream(channelPlugin(id))); //$NON-NLS-1$
		try {
			assertThat(wiring.resolveBundles(List.of(plugin))).as("the dynamic plug-in resolves").isTrue(); //$NON-NLS-1$
			waitFor(() -> registry.channelType(id).isPresent(), "channel type to appear"); //$NON-NLS-1$
			ChannelTypeDescriptor dynamic = registry.channelType(id).orElseThrow();
			assertThat(dynamic.name()).isEqualTo("Dynamic"); //$NON-NLS-1$
			assertThat(dynamic.capabilities().text().maxLength()).isEqualTo(42);
			assertThat(new TextValidator().check(dynamic.capabilities().text(), "x".repeat(43)).valid()).isFalse(); //$NON-NLS-1$
			waitFor(() -> events.contains("+" + id), "listener told of the new channel type"); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			plugin.uninstall();
			wiring.refreshBundles(List.of(plugin));
		}
		waitFor(() -> registry.channelType(id).isEmpty(), "channel type to disappear"); //$NON-NLS-1$
		waitFor(() -> events.contains("-" + id), "listener told of the removal"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(registry.channelType(FAKE)).as("other channel types stay").isPresent(); //$NON-NLS-1$
	}

	/** A minimal channel plug-in: a manifest and a plugin.xml, no code. */
	private static byte[] channelPlugin(String id) throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0"); //$NON-NLS-1$
		main.putValue("Bundle-ManifestVersion", "2"); //$NON-NLS-1$ //$NON-NLS-2$
		main.putValue("Bundle-SymbolicName", id + ";singleton:=true"); //$NON-NLS-1$ //$NON-NLS-2$
		main.putValue("Bundle-Version", "1.0.0"); //$NON-NLS-1$ //$NON-NLS-2$
		String pluginXml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<?eclipse version="3.4"?>
				<plugin>
				   <extension point="io.github.chorus.channels.channelTypes">
				      <channelType id="%s" name="Dynamic">
				         <text maxLength="42" counting="graphemes"/>
				      </channelType>
				   </extension>
				</plugin>
				""".formatted(id); //$NON-NLS-1$
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			jar.putNextEntry(new JarEntry("plugin.xml")); //$NON-NLS-1$
			jar.write(pluginXml.getBytes(StandardCharsets.UTF_8));
			jar.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting for " + what); //$NON-NLS-1$
			}
			Thread.sleep(20);
		}
	}
}
