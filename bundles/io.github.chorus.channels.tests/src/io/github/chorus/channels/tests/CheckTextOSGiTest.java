package io.github.chorus.channels.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.ICommand;

/**
 * {@code chorus check-text} as the CLI runs it: created from its {@code io.github.chorus.cli.commands}
 * contribution, finding the registry service itself and the built-in channel types.
 */
class CheckTextOSGiTest {

	@Test
	void theContributedCommandChecksAgainstInstalledChannelTypes() throws Exception {
		IConfigurationElement contribution = List
				.of(RegistryFactory.getRegistry().getConfigurationElementsFor("io.github.chorus.cli.commands")) //$NON-NLS-1$
				.stream().filter(element -> "check-text".equals(element.getAttribute("name"))).findFirst() //$NON-NLS-1$ //$NON-NLS-2$
				.orElseThrow(() -> new AssertionError("check-text is not contributed")); //$NON-NLS-1$
		assertThat(contribution.getAttribute("description")).doesNotStartWith("%"); //$NON-NLS-1$ //$NON-NLS-2$
		ICommand command = (ICommand) contribution.createExecutableExtension("class"); //$NON-NLS-1$

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = command.run(new CommandContext("check-text", //$NON-NLS-1$
				List.of("--channel", "x", "--text", "Hi http://test.co"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream())));
		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"length\":26").contains("\"valid\":true"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void jsonLinesForEveryBuiltInChannel() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(CheckTextOSGiTest.class).getBundleContext();
		ServiceTracker<IChannelTypeRegistry, IChannelTypeRegistry> tracker = new ServiceTracker<>(context,
				IChannelTypeRegistry.class, null);
		tracker.open();
		try {
			IChannelTypeRegistry registry = tracker.waitForService(20_000);
			assertThat(registry).isNotNull();
			StringBuilder stdin = new StringBuilder();
			List<String> channels = List.of("x", "mastodon", "bluesky", "linkedin", "facebook", "instagram", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					"threads", "local"); //$NON-NLS-1$ //$NON-NLS-2$
			for (String channel : channels) {
				stdin.append("{\"channel\":\"").append(channel).append("\",\"text\":\"Hello \\uD83D\\uDC4B\"}\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			CheckTextCommandTest.Run run = CheckTextCommandTest.run(registry, stdin.toString());
			assertThat(run.exitCode()).isZero();
			assertThat(run.lines()).hasSize(channels.size());
			List<Integer> lengths = run.lines().stream()
					.map(line -> Integer.parseInt(line.replaceAll(".*\"length\":(\\d+).*", "$1"))).toList(); //$NON-NLS-1$ //$NON-NLS-2$
			// X weighs the emoji 2; graphemes and code points count it 1; UTF-16 counts 2
			assertThat(lengths).containsExactly(8, 7, 7, 8, 8, 8, 8, 7);
			assertThat(run.lines()).allSatisfy(line -> assertThat(line).contains("\"valid\":true")); //$NON-NLS-1$
		} finally {
			tracker.close();
		}
	}
}
