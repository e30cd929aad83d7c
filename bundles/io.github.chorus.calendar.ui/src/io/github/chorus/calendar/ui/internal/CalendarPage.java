// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.osgi.service.prefs.BackingStoreException;

import io.github.chorus.content.model.PublicationState;
import io.github.chorus.core.preferences.ChorusPreferences;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Named;
import io.github.chorus.plan.model.Persona;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.workspace.ui.WorkspaceEditors;

/**
 * The calendar's page: the view switch (month, week, list), navigation, the time zone (always
 * visible, switchable), colouring (remembered) and the filters, all shared by the three views.
 */
public final class CalendarPage extends FormPage {

	static final String ID = "calendar"; //$NON-NLS-1$

	/** The three views of the calendar. */
	public enum Mode {
		/** The month grid. */
		MONTH,
		/** The week with hours. */
		WEEK,
		/** The table of all publications. */
		LIST
	}

	private final CalendarEditor editor;
	private CalendarModel model;
	private Palette palette;
	private MonthView month;
	private WeekView week;
	private ListView list;
	private Composite stack;
	private Mode mode = Mode.MONTH;
	private final List<Button> modeButtons = new ArrayList<>();
	private Composite navigation;
	private Label title;
	private Combo zones;
	private Combo colourBy;
	private final List<Combo> filterCombos = new ArrayList<>();
	private Composite colours;

	CalendarPage(CalendarEditor editor) {
		super(editor, ID, Messages.CalendarPage_tab);
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(8, 6).spacing(6, 4).applyTo(body);

		Plan plan = editor.session().workspace().plan();
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CalendarPreferences.NODE);
		// the calendar's own time zone, else the general Chorus one (Preferences > Chorus), else the plan's
		ZoneId zone = zoneOf(preferences.get(CalendarPreferences.TIME_ZONE, ChorusPreferences.timeZoneId()), plan);
		model = new CalendarModel(editor.library(), plan, zone,
				Cadence.parseOrDefaults(preferences.get(CalendarPreferences.CADENCE, Cadence.DEFAULTS)));
		model.setColourByCampaign(CalendarPreferences.COLOUR_BY_CAMPAIGN
				.equals(preferences.get(CalendarPreferences.COLOUR_BY, CalendarPreferences.COLOUR_BY_CHANNEL)));
		palette = new Palette(body.getDisplay());
		body.addListener(SWT.Dispose, e -> palette.dispose());

		Composite bar = row(toolkit, body);
		for (Mode m : Mode.values()) {
			Button button = toolkit.createButton(bar, switch (m) {
			case MONTH -> Messages.CalendarPage_month;
			case WEEK -> Messages.CalendarPage_week;
			case LIST -> Messages.CalendarPage_list;
			}, SWT.TOGGLE);
			button.setSelection(m == mode);
			button.setFont(m == mode ? JFaceResources.getBannerFont() : null);
			button.addListener(SWT.Selection, e -> show(m));
			modeButtons.add(button);
		}
		navigation = toolkit.createComposite(bar);
		RowLayout navigationLayout = new RowLayout(SWT.HORIZONTAL);
		navigationLayout.center = true;
		navigationLayout.spacing = 4;
		navigationLayout.marginLeft = navigationLayout.marginRight = navigationLayout.marginTop = navigationLayout.marginBottom = 0;
		navigation.setLayout(navigationLayout);
		Button previous = toolkit.createButton(navigation, "\u25C0", SWT.PUSH); //$NON-NLS-1$
		previous.setToolTipText(Messages.CalendarPage_previous);
		previous.addListener(SWT.Selection, e -> canvas().step(-1));
		Button today = toolkit.createButton(navigation, Messages.CalendarPage_today, SWT.PUSH);
		today.setToolTipText(Messages.CalendarPage_todayTip);
		today.addListener(SWT.Selection, e -> canvas().showToday());
		Button next = toolkit.createButton(navigation, "\u25B6", SWT.PUSH); //$NON-NLS-1$
		next.setToolTipText(Messages.CalendarPage_next);
		next.addListener(SWT.Selection, e -> canvas().step(1));
		title = toolkit.createLabel(navigation, ""); //$NON-NLS-1$
		title.setFont(JFaceResources.getHeaderFont());
		title.setLayoutData(new RowData(190, SWT.DEFAULT));

		toolkit.createLabel(bar, Messages.CalendarPage_timeZone);
		zones = new Combo(bar, SWT.DROP_DOWN);
		toolkit.adapt(zones);
		Set<String> zoneIds = new LinkedHashSet<>(List.of(zone.getId(), ZoneId.systemDefault().getId(), "UTC", //$NON-NLS-1$
				"Europe/London", "Europe/Paris", "America/New_York", "America/Los_Angeles", "Asia/Tokyo")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		if (plan != null && plan.getTimeZone() != null) {
			zoneIds.add(plan.getTimeZone());
		}
		zoneIds.forEach(zones::add);
		zones.setText(zone.getId());
		zones.setToolTipText(Messages.CalendarPage_timeZoneTip);
		zones.addListener(SWT.Selection, e -> applyZone());
		zones.addListener(SWT.DefaultSelection, e -> applyZone());

		toolkit.createLabel(bar, Messages.CalendarPage_colourBy);
		colourBy = new Combo(bar, SWT.READ_ONLY);
		toolkit.adapt(colourBy);
		colourBy.setItems(Messages.CalendarPage_channel, Messages.CalendarPage_campaign);
		colourBy.select(model.colourByCampaign() ? 1 : 0);
		colourBy.addListener(SWT.Selection, e -> {
			boolean byCampaign = colourBy.getSelectionIndex() == 1;
			model.setColourByCampaign(byCampaign);
			updateColourLegend();
			remember(CalendarPreferences.COLOUR_BY,
					byCampaign ? CalendarPreferences.COLOUR_BY_CAMPAIGN : CalendarPreferences.COLOUR_BY_CHANNEL);
		});

		Composite filters = row(toolkit, body);
		toolkit.createLabel(filters, Messages.CalendarPage_show);
		if (plan != null) {
			filter(toolkit, filters, Messages.CalendarPage_allChannels, plan.getChannels(), CalendarFilter::withChannel);
			filter(toolkit, filters, Messages.CalendarPage_allCampaigns, plan.getCampaigns(), CalendarFilter::withCampaign);
			List<Persona> audiences = new ArrayList<>();
			plan.getPersonas().forEach(p -> addWithSubTargets(p, audiences));
			filter(toolkit, filters, Messages.CalendarPage_allAudiences, audiences, CalendarFilter::withAudience);
		}
		filter(toolkit, filters, Messages.CalendarPage_allStates, PublicationState.VALUES, PublicationState::getName,
				CalendarFilter::withState);
		if (plan != null && plan.getTeam() != null) {
			filter(toolkit, filters, Messages.CalendarPage_allAssignees, plan.getTeam().getMembers(),
					CalendarFilter::withAssignee);
		}
		Button clear = toolkit.createButton(filters, Messages.CalendarPage_clearFilters, SWT.PUSH);
		clear.addListener(SWT.Selection, e -> {
			filterCombos.forEach(c -> c.select(0));
			model.setFilter(CalendarFilter.NONE);
		});
		Label legend = toolkit.createLabel(filters, Messages.CalendarPage_legend);
		legend.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		colours = toolkit.createComposite(filters);
		RowLayout coloursLayout = new RowLayout(SWT.HORIZONTAL);
		coloursLayout.spacing = 2;
		coloursLayout.marginLeft = coloursLayout.marginRight = coloursLayout.marginTop = coloursLayout.marginBottom = 0;
		colours.setLayout(coloursLayout);
		updateColourLegend();

		stack = toolkit.createComposite(body);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(stack);
		StackLayout stackLayout = new StackLayout();
		stack.setLayout(stackLayout);
		CalendarCanvas.Opener opener = item -> WorkspaceEditors.open(getSite().getPage(), editor.session(), item);
		month = new MonthView(stack, model, editor.getEditingDomain(), palette, opener);
		week = new WeekView(stack, model, editor.getEditingDomain(), palette, opener);
		list = new ListView(stack, model, palette, opener);
		month.addPeriodListener(this::updateTitle);
		week.addPeriodListener(this::updateTitle);
		stackLayout.topControl = month.control();
		updateTitle();
	}

	/** Names the channels or campaigns on their colours, as the views paint them. */
	private void updateColourLegend() {
		for (Control child : colours.getChildren()) {
			child.dispose();
		}
		Plan plan = model.plan();
		if (plan != null) {
			List<? extends Named> keys = model.colourByCampaign() ? plan.getCampaigns() : plan.getChannels();
			for (int i = 0; i < Math.min(keys.size(), CalendarModel.PALETTE_SIZE); i++) {
				Named key = keys.get(i);
				Label swatch = new Label(colours, SWT.NONE);
				swatch.setText(" " + (key instanceof ChannelPresence channel //$NON-NLS-1$
						? Cadence.shortName(channel) : String.valueOf(key.getName())) + " "); //$NON-NLS-1$
				swatch.setToolTipText(key.getName());
				swatch.setBackground(palette.colour(i));
				swatch.setForeground(colours.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			}
		}
		colours.getParent().layout(true, true);
	}

	private static void addWithSubTargets(Persona persona, List<Persona> into) {
		into.add(persona);
		persona.getSubTargets().forEach(sub -> addWithSubTargets(sub, into));
	}

	private static Composite row(FormToolkit toolkit, Composite parent) {
		Composite row = toolkit.createComposite(parent);
		// wraps on narrow windows instead of widening the calendar beyond the editor
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.wrap = true;
		layout.center = true;
		layout.spacing = 6;
		layout.marginLeft = layout.marginRight = layout.marginTop = layout.marginBottom = 0;
		row.setLayout(layout);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(row);
		return row;
	}

	private <T extends Named> void filter(FormToolkit toolkit, Composite parent, String all, List<T> values,
			BiFunction<CalendarFilter, T, CalendarFilter> with) {
		filter(toolkit, parent, all, values, v -> String.valueOf(v.getName()), with);
	}

	private <T> void filter(FormToolkit toolkit, Composite parent, String all, List<T> values,
			Function<T, String> name, BiFunction<CalendarFilter, T, CalendarFilter> with) {
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		toolkit.adapt(combo);
		combo.add(all);
		List<T> choices = List.copyOf(values);
		choices.forEach(v -> combo.add(name.apply(v)));
		combo.select(0);
		combo.addListener(SWT.Selection, e -> model.setFilter(
				with.apply(model.filter(), combo.getSelectionIndex() <= 0 ? null : choices.get(combo.getSelectionIndex() - 1))));
		filterCombos.add(combo);
	}

	private static void remember(String key, String value) {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CalendarPreferences.NODE);
		preferences.put(key, value);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(CalendarPage.class).warn(NLS.bind(Messages.CalendarPage_cannotRemember, key), e);
		}
	}

	private static ZoneId zoneOf(String preferred, Plan plan) {
		try {
			if (!preferred.isBlank()) {
				return ZoneId.of(preferred.strip());
			}
		} catch (RuntimeException e) {
			// fall back to the plan's zone
		}
		try {
			return plan != null && plan.getTimeZone() != null ? ZoneId.of(plan.getTimeZone()) : ZoneId.systemDefault();
		} catch (RuntimeException e) {
			return ZoneId.systemDefault();
		}
	}

	private void applyZone() {
		String text = zones.getText().strip();
		try {
			canvas().setZone(ZoneId.of(text));
			getManagedForm().getForm().setMessage(null, IMessageProvider.NONE);
		} catch (RuntimeException e) {
			getManagedForm().getForm().setMessage(NLS.bind(Messages.CalendarPage_badZone, text),
					IMessageProvider.ERROR);
			zones.setText(model.zone().getId());
		}
		updateTitle();
	}

	/**
	 * Shows one of the three views; the month and week views keep the selected day.
	 *
	 * @param newMode the view to show
	 */
	public void show(Mode newMode) {
		CalendarCanvas before = canvas();
		mode = newMode;
		for (int i = 0; i < modeButtons.size(); i++) {
			modeButtons.get(i).setSelection(i == newMode.ordinal());
			modeButtons.get(i).setFont(i == newMode.ordinal() ? JFaceResources.getBannerFont() : null);
		}
		if (canvas() != before) {
			canvas().select(before.selected());
		}
		((StackLayout) stack.getLayout()).topControl = switch (newMode) {
		case MONTH -> month.control();
		case WEEK -> week.control();
		case LIST -> list.control();
		};
		navigation.setVisible(newMode != Mode.LIST);
		stack.layout(true);
		updateTitle();
		((StackLayout) stack.getLayout()).topControl.setFocus();
	}

	/** @return the view shown */
	public Mode mode() {
		return mode;
	}

	private CalendarCanvas canvas() {
		return mode == Mode.WEEK ? week : month;
	}

	private void updateTitle() {
		if (title == null || title.isDisposed()) {
			return;
		}
		title.setText(canvas().periodTitle());
		IManagedForm managed = getManagedForm();
		if (managed != null) {
			managed.getForm().setText(NLS.bind(Messages.CalendarPage_heading, model.zone().getId()));
		}
		if (!zones.getText().equals(model.zone().getId())) {
			zones.setText(model.zone().getId());
		}
	}

	void modelChanged() {
		if (model != null) {
			model.reindex();
		}
	}

	/** @return the state the three views share */
	public CalendarModel model() {
		return model;
	}

	/** @return the month view */
	public MonthView monthView() {
		return month;
	}

	/** @return the week view */
	public WeekView weekView() {
		return week;
	}

	/** @return the list view */
	public ListView listView() {
		return list;
	}

	/** @return the filter combos (channel, campaign, audience, state, assignee), for tests */
	public List<Combo> filterCombos() {
		return List.copyOf(filterCombos);
	}
}
