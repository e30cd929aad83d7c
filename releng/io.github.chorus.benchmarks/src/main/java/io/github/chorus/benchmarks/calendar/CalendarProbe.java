// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.benchmarks.calendar;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntSupplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

import io.github.chorus.calendar.ui.internal.Cadence;
import io.github.chorus.calendar.ui.internal.CalendarModel;
import io.github.chorus.calendar.ui.internal.ListView;
import io.github.chorus.calendar.ui.internal.MonthView;
import io.github.chorus.calendar.ui.internal.Palette;
import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Member;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.model.PlanFactory;
import io.github.chorus.plan.model.Team;

/**
 * Target 5, run in its own JVM on the product's own jars ({@link CalendarBenchmark}): the
 * calendar's real views in a plain SWT shell, painted frame by frame (their paint listeners on
 * an image of the view's size), the measured side and its baseline alternating in rounds.
 * <ul>
 * <li>{@code month}: the month view over a year of 10,000 publications (June shown) vs the same
 * view over an empty library, that is the empty month grid;</li>
 * <li>{@code list}: the list view scrolled to a new place in every frame, over 100,000
 * publications vs over 1,000.</li>
 * </ul>
 * Writes {@code round.N.value} and {@code round.N.baseline}, the median milliseconds per frame
 * of round N on the painting thread's CPU clock (what a frame costs on a core of its own; the
 * build machines are shared by many builds, and an image GC paints in this thread, not in the X
 * server), and the same on the wall clock ({@code .wall}), to the file named by the second
 * argument.
 */
public final class CalendarProbe {

	private static final int WIDTH = 1280;
	private static final int HEIGHT = 900;
	private static final int YEAR = 2027;

	private CalendarProbe() {
	}

	/**
	 * @param args {@code month|list}, the report file, rounds, frames per round
	 * @throws IOException when the report cannot be written
	 */
	public static void main(String[] args) throws IOException {
		String mode = args[0];
		Path report = Path.of(args[1]);
		int rounds = Integer.parseInt(args[2]);
		int frames = Integer.parseInt(args[3]);
		Display display = new Display();
		Palette palette = new Palette(display);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
				new BasicCommandStack());
		List<String> lines = new ArrayList<>();
		Frame measured;
		Frame baseline;
		if ("month".equals(mode)) {
			measured = monthFrame(display, palette, domain, 10_000);
			baseline = monthFrame(display, palette, domain, 0);
		} else {
			measured = listFrame(display, palette, 100_000);
			baseline = listFrame(display, palette, 1_000);
		}
		// the first frames load classes and fill caches; "after the first" is what is measured
		measured.median(frames);
		baseline.median(frames);
		for (int round = 0; round < rounds; round++) {
			double[] base = baseline.median(frames);
			double[] value = measured.median(frames);
			lines.add("round." + round + ".baseline=" + format(base[0]));
			lines.add("round." + round + ".value=" + format(value[0]));
			lines.add("round." + round + ".baseline.wall=" + format(base[1]));
			lines.add("round." + round + ".value.wall=" + format(value[1]));
		}
		Files.write(report, lines);
		palette.dispose();
		display.dispose();
	}

	private static String format(double millis) {
		return String.format(Locale.ROOT, "%.4f", millis);
	}

	/**
	 * A view in its own shell, painted one frame at a time: the control's paint listeners run on a
	 * GC over an image of its size, as SWT runs them on the double buffer of a repaint. (Asking the
	 * widget to {@code redraw()} and {@code update()} does not time the paint on GTK 3, which paints
	 * later, on its frame clock.)
	 */
	private record Frame(Display display, Scrollable control, IntSupplier beforeFrame) {

		/** @return the median milliseconds per frame: of the painting thread's CPU, and of the wall clock */
		double[] median(int frames) {
			while (display.readAndDispatch()) {
				// let the shell open and lay out
			}
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			Rectangle area = control.getClientArea();
			Image image = new Image(display, Math.max(1, area.width), Math.max(1, area.height));
			GC gc = new GC(image);
			double[] cpu = new double[frames];
			double[] wall = new double[frames];
			try {
				for (int i = 0; i < frames; i++) {
					beforeFrame.getAsInt();
					Event paint = new Event();
					paint.gc = gc;
					paint.setBounds(new Rectangle(0, 0, area.width, area.height));
					long startCpu = threads.getCurrentThreadCpuTime();
					long start = System.nanoTime();
					control.notifyListeners(SWT.Paint, paint);
					wall[i] = (System.nanoTime() - start) / 1e6;
					cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
				}
			} finally {
				gc.dispose();
				image.dispose();
			}
			Arrays.sort(cpu);
			Arrays.sort(wall);
			return new double[] { cpu[frames / 2], wall[frames / 2] };
		}
	}

	private static Shell shell(Display display) {
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(WIDTH, HEIGHT);
		return shell;
	}

	private static Frame monthFrame(Display display, Palette palette, AdapterFactoryEditingDomain domain,
			int publications) {
		Plan plan = plan();
		CalendarModel model = new CalendarModel(library(plan, publications, LocalDate.of(YEAR, 1, 1), 365), plan,
				ZoneId.of(plan.getTimeZone()), Cadence.parse(Cadence.DEFAULTS));
		Shell shell = shell(display);
		MonthView month = new MonthView(shell, model, domain, palette, item -> {
			// nothing to open in a benchmark
		});
		month.showMonth(YearMonth.of(YEAR, 6));
		shell.open();
		return new Frame(display, (Scrollable) month.control(), () -> 0);
	}

	private static Frame listFrame(Display display, Palette palette, int publications) {
		Plan plan = plan();
		CalendarModel model = new CalendarModel(library(plan, publications, LocalDate.of(YEAR, 1, 1), 365), plan,
				ZoneId.of(plan.getTimeZone()), Cadence.parse(Cadence.DEFAULTS));
		Shell shell = shell(display);
		ListView list = new ListView(shell, model, palette, item -> {
			// nothing to open in a benchmark
		});
		shell.open();
		NatTable table = list.table();
		int[] frame = { 0 };
		// every frame scrolls to another part of the table, far away in the big one
		return new Frame(display, table, () -> {
			int row = (int) ((frame[0]++ * 7919L) % publications);
			table.doCommand(new ShowRowInViewportCommand(row));
			return row;
		});
	}

	private static Plan plan() {
		PlanFactory plans = PlanFactory.eINSTANCE;
		Plan plan = plans.createPlan();
		plan.setName("Benchmark plan");
		plan.setTimeZone("Europe/Paris");
		for (String type : new String[] { "instagram", "facebook", "linkedin", "mastodon", "x" }) {
			ChannelPresence channel = plans.createChannelPresence();
			channel.setName(type + " @benchmark");
			channel.setChannelTypeId("io.github.chorus.channel." + type);
			plan.getChannels().add(channel);
		}
		for (int i = 1; i <= 3; i++) {
			Campaign campaign = plans.createCampaign();
			campaign.setName("Campaign " + i);
			plan.getCampaigns().add(campaign);
		}
		Team team = plans.createTeam();
		Member member = plans.createMember();
		member.setName("Benchmark Member");
		team.getMembers().add(member);
		plan.setTeam(team);
		return plan;
	}

	/** Items of four variants, one publication each, at random times of the given days. */
	private static ContentLibrary library(Plan plan, int publications, LocalDate first, int days) {
		ContentFactory contents = ContentFactory.eINSTANCE;
		ContentLibrary library = contents.createContentLibrary();
		Random random = new Random(42);
		ZoneId zone = ZoneId.of(plan.getTimeZone());
		PublicationState[] states = PublicationState.values();
		for (int p = 0; p < publications; p += 4) {
			ContentItem item = contents.createContentItem();
			item.setName("Item " + p);
			item.setCampaign(plan.getCampaigns().get(random.nextInt(plan.getCampaigns().size())));
			item.setOwner(plan.getTeam().getMembers().get(0));
			Instant at = first.plusDays(random.nextInt(days)).atTime(LocalTime.of(7 + random.nextInt(14), random.nextInt(60)))
					.atZone(zone).toInstant();
			for (int v = 0; v < 4 && p + v < publications; v++) {
				Variant variant = contents.createVariant();
				variant.setChannel(plan.getChannels().get((p / 4 + v) % plan.getChannels().size()));
				variant.setText("Publication " + (p + v) + ": roasted this week with beans from Huila, Colombia. #coffee");
				ScheduledPublication publication = contents.createScheduledPublication();
				publication.setScheduledAt(at.plusSeconds(v * 1800L));
				publication.setTimeZone(plan.getTimeZone());
				publication.setState(states[random.nextInt(states.length)]);
				variant.getPublications().add(publication);
				item.getVariants().add(variant);
			}
			library.getItems().add(item);
		}
		return library;
	}
}
