package io.github.chorus.channels.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentType;
import io.github.chorus.content.model.ThreadPart;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.PlanFactory;
import io.github.chorus.plan.model.validation.ChorusDiagnostics;
import io.github.chorus.plan.model.validation.IConstraintContributor;
import io.github.chorus.plan.model.validation.ValidationContext;

/**
 * Runs in OSGi with the X, Mastodon and Instagram channel types installed, and checks the
 * contributor that DS registers.
 */
class ChannelRulesContributorTest {

	private static ServiceTracker<IConstraintContributor, IConstraintContributor> tracker;
	private static IConstraintContributor contributor;

	@BeforeAll
	static void findService() throws InterruptedException {
		tracker = new ServiceTracker<>(FrameworkUtil.getBundle(ChannelRulesContributorTest.class).getBundleContext(),
				IConstraintContributor.class, null);
		tracker.open();
		tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		contributor = List.of(tracker.getServices(new IConstraintContributor[0])).stream()
				.filter(ChannelRulesContributor.class::isInstance).findFirst()
				.orElseThrow(() -> new AssertionError("the channel rules contributor is not registered"));
	}

	@AfterAll
	static void close() {
		tracker.close();
	}

	private static Variant variant(String channelTypeId, String text) {
		ChannelPresence presence = PlanFactory.eINSTANCE.createChannelPresence();
		presence.setName(channelTypeId + " account");
		presence.setChannelTypeId(channelTypeId);
		ContentItem item = ContentFactory.eINSTANCE.createContentItem();
		item.setName("Autumn blend launch");
		item.setType(ContentType.TEXT);
		Variant variant = ContentFactory.eINSTANCE.createVariant();
		variant.setChannel(presence);
		variant.setText(text);
		item.getVariants().add(variant);
		return variant;
	}

	private static List<Diagnostic> check(Variant variant) {
		BasicDiagnostic chain = new BasicDiagnostic();
		contributor.validate(variant, chain, new HashMap<>());
		return chain.getChildren();
	}

	@Test
	void textWithinTheLimitAsTheNetworkCountsItPasses() {
		// 250 letters, a space and a 52-character URL that X weighs as 23: 274 of 280
		String text = "a".repeat(250) + " https://example.com/a/very/long/path/that/x/shortens";
		Variant variant = variant("io.github.chorus.channel.x", text);
		assertThat(check(variant)).isEmpty();
		assertThat(contributor.validate(variant, null, new HashMap<>())).isTrue();
	}

	@Test
	void textOverTheLimitIsAnErrorNamingCountAndLimit() {
		Variant variant = variant("io.github.chorus.channel.x", "b".repeat(300));
		List<Diagnostic> diagnostics = check(variant);
		assertThat(diagnostics).singleElement().satisfies(d -> {
			assertThat(d.getSeverity()).isEqualTo(Diagnostic.ERROR);
			assertThat(ChorusDiagnostics.rule(d)).isEqualTo(ChannelRulesContributor.RULE_TEXT);
			assertThat(d.getMessage()).contains("300 characters as X counts them; X allows 280");
		});
		assertThat(contributor.validate(variant, null, new HashMap<>())).isFalse();
	}

	@Test
	void everyThreadPartIsCheckedAndNamed() {
		Variant variant = variant("io.github.chorus.channel.mastodon", "Short opener");
		ThreadPart ok = ContentFactory.eINSTANCE.createThreadPart();
		ok.setText("fine");
		ThreadPart tooLong = ContentFactory.eINSTANCE.createThreadPart();
		tooLong.setText("c".repeat(501));
		variant.getThreadParts().addAll(List.of(ok, tooLong));
		assertThat(check(variant)).singleElement()
				.satisfies(d -> assertThat(d.getMessage()).contains("Thread part 3 is 501 characters"));
	}

	@Test
	void channelThatNeedsMediaReportsItsAbsence() {
		Variant variant = variant("io.github.chorus.channel.instagram", "Caption without a picture");
		assertThat(check(variant)).anySatisfy(d -> {
			assertThat(ChorusDiagnostics.rule(d)).isEqualTo(ChannelRulesContributor.RULE_MEDIA);
			assertThat(d.getSeverity()).isEqualTo(Diagnostic.ERROR);
		});
	}

	@Test
	void uninstalledChannelTypeIsAWarningNotAnError() {
		Variant variant = variant("com.example.channel.myspace", "hello");
		assertThat(check(variant)).singleElement().satisfies(d -> {
			assertThat(d.getSeverity()).isEqualTo(Diagnostic.WARNING);
			assertThat(d.getMessage()).contains("'com.example.channel.myspace'", "is not installed");
		});
		assertThat(contributor.validate(variant, null, new HashMap<>())).isTrue();
	}

	@Test
	void modelValidationCallsTheContributorThroughTheVariantInvariant() {
		Variant variant = variant("io.github.chorus.channel.x", "d".repeat(281));
		Diagnostic result = Diagnostician.INSTANCE.validate(variant,
				ValidationContext.withContributors(new HashMap<>(), List.of(contributor)));
		assertThat(result.getChildren()).anySatisfy(
				d -> assertThat(ChorusDiagnostics.rule(d)).isEqualTo(ChannelRulesContributor.RULE_TEXT));
	}
}
