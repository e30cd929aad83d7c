// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.github.chorus.content.model.PublicationState;
import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.workspace.ui.WorkspaceEditors;

/** The calendar's page: navigation, time zone, colouring and filters above the month grid. */
public final class CalendarPage extends FormPage {

	static final String ID = "month"; //$NON-NLS-1$

	private final CalendarEditor editor;
	private MonthView view;
	private Label title;
	private Label zoneLabel;
	private Combo zones;
	private final List<ChannelPresence> channels = new ArrayList<>();
	private final List<Campaign> campaigns = new ArrayList<>();

	CalendarPage(CalendarEditor editor) {
		super(editor, ID, "Month"); //$NON-NLS-1$
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText("Content calendar"); //$NON-NLS-1$
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(8, 6).spacing(6, 6).applyTo(body);

		Plan plan = editor.session().workspace().plan();
		org.eclipse.core.runtime.preferences.IEclipsePreferences preferences = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
				.getNode(CalendarPreferences.NODE);
		// the calendar's own time zone, else the general Chorus one (Preferences > Chorus), else the plan's
		ZoneId zone = zoneOf(preferences.get(CalendarPreferences.TIME_ZONE,
				io.github.chorus.core.preferences.ChorusPreferences.timeZoneId()), plan);
		boolean byCampaign = "campaign".equals(preferences.get(CalendarPreferences.COLOUR_BY, "channel")); //$NON-NLS-1$ //$NON-NLS-2$
		view = new MonthView(body, editor.getEditingDomain(), editor.library(), zone,
				item -> WorkspaceEditors.open(getSite().getPage(), editor.session(), item));

		Composite bar = toolkit.createComposite(body);
		bar.moveAbove(view.control());
		// wraps on narrow windows instead of widening the month grid beyond the editor
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.wrap = true;
		row.center = true;
		row.spacing = 6;
		row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
		bar.setLayout(row);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(bar);
		Button previous = toolkit.createButton(bar, "\u25C0", SWT.PUSH); //$NON-NLS-1$
		previous.setToolTipText("Previous month (Page Up)"); //$NON-NLS-1$
		previous.addListener(SWT.Selection, e -> view.showMonth(view.month().minusMonths(1)));
		Button today = toolkit.createButton(bar, "Today", SWT.PUSH); //$NON-NLS-1$
		today.setToolTipText("This month (Home)"); //$NON-NLS-1$
		today.addListener(SWT.Selection, e -> view.showToday());
		Button next = toolkit.createButton(bar, "\u25B6", SWT.PUSH); //$NON-NLS-1$
		next.setToolTipText("Next month (Page Down)"); //$NON-NLS-1$
		next.addListener(SWT.Selection, e -> view.showMonth(view.month().plusMonths(1)));
		title = toolkit.createLabel(bar, ""); //$NON-NLS-1$
		title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		title.setLayoutData(new RowData(170, SWT.DEFAULT));

		zoneLabel = toolkit.createLabel(bar, "Time zone"); //$NON-NLS-1$
		zones = new Combo(bar, SWT.DROP_DOWN);
		toolkit.adapt(zones);
		Set<String> zoneIds = new LinkedHashSet<>(List.of(zone.getId(), ZoneId.systemDefault().getId(), "UTC", //$NON-NLS-1$
				"Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Tokyo")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		zoneIds.forEach(zones::add);
		zones.setText(zone.getId());
		zones.addListener(SWT.Selection, e -> applyZone());
		zones.addListener(SWT.DefaultSelection, e -> applyZone());

		toolkit.createLabel(bar, "Colour by"); //$NON-NLS-1$
		Combo colourBy = new Combo(bar, SWT.READ_ONLY);
		toolkit.adapt(colourBy);
		colourBy.setItems("Channel", "Campaign"); //$NON-NLS-1$ //$NON-NLS-2$
		colourBy.select(byCampaign ? 1 : 0);
		view.setColourByCampaign(byCampaign);
		colourBy.addListener(SWT.Selection, e -> view.setColourByCampaign(colourBy.getSelectionIndex() == 1));

		toolkit.createLabel(bar, "Channel"); //$NON-NLS-1$
		Combo channelFilter = new Combo(bar, SWT.READ_ONLY);
		toolkit.adapt(channelFilter);
		channelFilter.add("All"); //$NON-NLS-1$
		if (plan != null) {
			for (ChannelPresence presence : plan.getChannels()) {
				channels.add(presence);
				channelFilter.add(String.valueOf(presence.getName()));
			}
		}
		channelFilter.select(0);
		channelFilter.addListener(SWT.Selection, e -> view.setChannelFilter(
				channelFilter.getSelectionIndex() <= 0 ? null : channels.get(channelFilter.getSelectionIndex() - 1)));

		toolkit.createLabel(bar, "State"); //$NON-NLS-1$
		Combo stateFilter = new Combo(bar, SWT.READ_ONLY);
		toolkit.adapt(stateFilter);
		stateFilter.add("All"); //$NON-NLS-1$
		for (PublicationState state : PublicationState.VALUES) {
			stateFilter.add(state.getName());
		}
		stateFilter.select(0);
		stateFilter.addListener(SWT.Selection, e -> view.setStateFilter(stateFilter.getSelectionIndex() <= 0 ? null
				: PublicationState.VALUES.get(stateFilter.getSelectionIndex() - 1)));

		Combo campaignFilter = new Combo(bar, SWT.READ_ONLY);
		toolkit.adapt(campaignFilter);
		campaignFilter.add("All campaigns"); //$NON-NLS-1$
		if (plan != null) {
			for (Campaign campaign : plan.getCampaigns()) {
				campaigns.add(campaign);
				campaignFilter.add(String.valueOf(campaign.getName()));
			}
		}
		campaignFilter.select(0);
		campaignFilter.addListener(SWT.Selection, e -> view.setCampaignFilter(campaignFilter.getSelectionIndex() <= 0
				? null : campaigns.get(campaignFilter.getSelectionIndex() - 1)));

		GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(view.control());
		view.addMonthListener(this::updateTitle);
		updateTitle();
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
		try {
			view.setZone(ZoneId.of(zones.getText().strip()));
			zoneLabel.setToolTipText(null);
		} catch (RuntimeException e) {
			zones.setText(view.zone().getId());
		}
		updateTitle();
	}

	private void updateTitle() {
		if (title == null || title.isDisposed()) {
			return;
		}
		title.setText(view.month().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
				+ " " + view.month().getYear()); //$NON-NLS-1$
		IManagedForm managed = getManagedForm();
		if (managed != null) {
			managed.getForm().setText("Content calendar \u2014 times in " + view.zone().getId()); //$NON-NLS-1$
		}
	}

	void modelChanged() {
		if (view != null) {
			view.reindex();
		}
	}

	/** @return the month view, for tests */
	public MonthView monthView() {
		return view;
	}
}
