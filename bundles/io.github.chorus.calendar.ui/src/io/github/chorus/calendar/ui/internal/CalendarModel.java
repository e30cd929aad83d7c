// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Plan;

/**
 * What the calendar's month, week and list views share: the publications of the content library
 * that pass the {@link CalendarFilter}, their times in the view's zone, an index by day, the
 * colouring and the cadence that tells gaps and overloads. Rebuilt once per model or filter
 * change, so painting a month or a week costs only the publications it shows.
 */
public final class CalendarModel {

	/** Orders entries by time, those without a time last. */
	public static final Comparator<Entry> BY_TIME = Comparator.comparing(Entry::when,
			Comparator.nullsLast(Comparator.naturalOrder()));

	/**
	 * @param entry an entry
	 * @return whether it may be rescheduled: not once it is being or has been published
	 */
	public static boolean movable(Entry entry) {
		PublicationState state = entry.publication().getState();
		return entry.when() != null && state != PublicationState.PUBLISHED && state != PublicationState.PUBLISHING;
	}

	/** Palette size; {@link #colourIndex(Entry)} is below it. */
	public static final int PALETTE_SIZE = 9;

	private final ContentLibrary library;
	private final Plan plan;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private ZoneId zone;
	private CalendarFilter filter = CalendarFilter.NONE;
	private Cadence cadence;
	private boolean colourByCampaign;
	private List<Entry> entries = List.of();
	private Map<LocalDate, List<Entry>> byDay = Map.of();
	private Map<LocalDate, Map<ChannelPresence, Integer>> perChannel = Map.of();

	/**
	 * @param library the content library
	 * @param plan    the plan (its channels are the commitments), or {@code null}
	 * @param zone    the time zone to show times in
	 * @param cadence the daily maximum per channel
	 */
	public CalendarModel(ContentLibrary library, Plan plan, ZoneId zone, Cadence cadence) {
		this.library = library;
		this.plan = plan;
		this.zone = zone;
		this.cadence = cadence;
		reindex();
	}

	/** Rebuilds the entries and the day index from the model (after any command, undo or redo). */
	public void reindex() {
		List<Entry> all = new ArrayList<>();
		Map<LocalDate, List<Entry>> index = new HashMap<>();
		Map<LocalDate, Map<ChannelPresence, Integer>> counts = new HashMap<>();
		for (ContentItem item : library.getItems()) {
			if (!filter.acceptsItem(item)) {
				continue;
			}
			for (Variant variant : item.getVariants()) {
				if (!filter.acceptsVariant(variant)) {
					continue;
				}
				for (ScheduledPublication publication : variant.getPublications()) {
					if (!filter.acceptsPublication(publication)) {
						continue;
					}
					Instant at = publication.getScheduledAt();
					Entry entry = new Entry(publication, variant, item, at == null ? null : at.atZone(zone));
					all.add(entry);
					if (at != null) {
						LocalDate day = entry.when().toLocalDate();
						index.computeIfAbsent(day, d -> new ArrayList<>()).add(entry);
						if (variant.getChannel() != null) {
							counts.computeIfAbsent(day, d -> new HashMap<>()).merge(variant.getChannel(), 1, Integer::sum);
						}
					}
				}
			}
		}
		index.values().forEach(list -> list.sort(BY_TIME));
		entries = all;
		byDay = index;
		perChannel = counts;
		listeners.forEach(Runnable::run);
	}

	/** @return every publication that passes the filter, scheduled or not, in library order */
	public List<Entry> entries() {
		return entries;
	}

	/**
	 * @param day a day in the view's zone
	 * @return the scheduled publications of that day that pass the filter, in time order
	 */
	public List<Entry> entries(LocalDate day) {
		return byDay.getOrDefault(day, List.of());
	}

	/**
	 * The channels the plan commits to (its active channels that pass the channel filter) with
	 * nothing planned on a day. Days before today are history, not gaps.
	 *
	 * @param day a day in the view's zone
	 * @return the channels left without a publication that day
	 */
	public List<ChannelPresence> gaps(LocalDate day) {
		if (plan == null || day.isBefore(LocalDate.now(zone))) {
			return List.of();
		}
		Map<ChannelPresence, Integer> counts = perChannel.getOrDefault(day, Map.of());
		List<ChannelPresence> gaps = new ArrayList<>();
		for (ChannelPresence channel : plan.getChannels()) {
			if (channel.isActive() && (filter.channel() == null || filter.channel() == channel)
					&& !counts.containsKey(channel)) {
				gaps.add(channel);
			}
		}
		return gaps;
	}

	/**
	 * @param day a day in the view's zone
	 * @return the channels with more publications that day than the cadence allows, with their
	 *         count, in the plan's order of channels
	 */
	public Map<ChannelPresence, Integer> overloads(LocalDate day) {
		Map<ChannelPresence, Integer> counts = perChannel.getOrDefault(day, Map.of());
		Map<ChannelPresence, Integer> over = new LinkedHashMap<>();
		// in the plan's order of channels, as the legend and the gaps are
		List<ChannelPresence> channels = new ArrayList<>(plan == null ? List.of() : plan.getChannels());
		counts.keySet().stream().filter(channel -> !channels.contains(channel)).forEach(channels::add);
		for (ChannelPresence channel : channels) {
			Integer count = counts.get(channel);
			if (count != null && count > cadence.maximum(channel)) {
				over.put(channel, count);
			}
		}
		return over;
	}

	/**
	 * @param entry an entry
	 * @return its palette slot: the position of its channel or campaign in the plan, or -1 when it
	 *         has none
	 */
	public int colourIndex(Entry entry) {
		if (plan == null) {
			return -1;
		}
		int index = colourByCampaign ? plan.getCampaigns().indexOf(entry.item().getCampaign())
				: plan.getChannels().indexOf(entry.variant().getChannel());
		return index < 0 ? -1 : index % PALETTE_SIZE;
	}

	/** @return the plan, or {@code null} */
	public Plan plan() {
		return plan;
	}

	/** @return the time zone times are shown in */
	public ZoneId zone() {
		return zone;
	}

	/** @param newZone the time zone to show times in */
	public void setZone(ZoneId newZone) {
		zone = newZone;
		reindex();
	}

	/** @return the filter */
	public CalendarFilter filter() {
		return filter;
	}

	/** @param newFilter what to show */
	public void setFilter(CalendarFilter newFilter) {
		filter = newFilter;
		reindex();
	}

	/** @return the daily maximum per channel */
	public Cadence cadence() {
		return cadence;
	}

	/** @param newCadence the daily maximum per channel */
	public void setCadence(Cadence newCadence) {
		cadence = newCadence;
		listeners.forEach(Runnable::run);
	}

	/** @return whether entries are coloured by campaign rather than by channel */
	public boolean colourByCampaign() {
		return colourByCampaign;
	}

	/** @param byCampaign colour entries by campaign rather than by channel */
	public void setColourByCampaign(boolean byCampaign) {
		colourByCampaign = byCampaign;
		listeners.forEach(Runnable::run);
	}

	/** @param listener told after every change of entries, zone, filter, cadence or colouring */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	/** @param listener a listener added before */
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
