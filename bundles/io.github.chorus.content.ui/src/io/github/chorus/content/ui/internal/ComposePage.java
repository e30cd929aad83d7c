// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.content.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.content.model.UtmPreset;
import io.github.chorus.workspace.links.UtmLinks;
import io.github.chorus.workspace.links.UtmPresets;
import io.github.chorus.core.preferences.ChorusPreferences;
import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.model.PlanPackage;
import io.github.chorus.workspace.ui.ModelFields;

/** The composer's page: the item's name and idea, then one column per channel variant. */
public final class ComposePage extends FormPage {

	static final String ID = "compose"; //$NON-NLS-1$

	private final ComposerEditor editor;
	private final List<VariantColumn> columns = new ArrayList<>();
	private final List<ChannelPresence> freeChannels = new ArrayList<>();
	private Composite variants;
	private FormToolkit toolkit;
	private Optional<IChannelTypeRegistry> registry = Optional.empty();
	private Combo channelChoice;
	private List<Button> goalChecks = List.of();
	private List<Button> personaChecks = List.of();
	private Button sendForReview;
	private Label workflowStatus;
	private Button addVariant;
	private Combo presetChoice;
	private Button addUtm;
	private final List<UtmPreset> presets = new ArrayList<>();

	ComposePage(ComposerEditor editor) {
		super(editor, ID, "Compose"); //$NON-NLS-1$
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		ContentItem item = editor.item();
		form.setText(("Compose: " + (item.getName() == null ? "" : item.getName())).replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(10, 10).spacing(10, 10).applyTo(body);

		Section itemSection = toolkit.createSection(body, Section.TITLE_BAR);
		itemSection.setText("Content item"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(itemSection);
		Composite itemClient = toolkit.createComposite(itemSection);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(itemClient);
		itemSection.setClient(itemClient);
		toolkit.paintBordersFor(itemClient);
		toolkit.createLabel(itemClient, "Name"); //$NON-NLS-1$
		Text name = toolkit.createText(itemClient, ""); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(name);
		ModelFields.bind(editor.getEditingDomain(), name, item, PlanPackage.Literals.NAMED__NAME);
		toolkit.createLabel(itemClient, "Idea"); //$NON-NLS-1$
		Text idea = toolkit.createText(itemClient, "", SWT.MULTI | SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(200, 40).applyTo(idea);
		ModelFields.bind(editor.getEditingDomain(), idea, item, ContentPackage.Literals.CONTENT_ITEM__IDEA);

		Plan plan = editor.session().workspace().plan();
		if (plan != null) {
			toolkit.createLabel(itemClient, "Serves goals"); //$NON-NLS-1$
			goalChecks = checks(toolkit, itemClient, plan.getGoals(), item,
					ContentPackage.Literals.CONTENT_ITEM__GOALS);
			toolkit.createLabel(itemClient, "Audiences"); //$NON-NLS-1$
			personaChecks = checks(toolkit, itemClient, plan.getPersonas(), item,
					ContentPackage.Literals.CONTENT_ITEM__PERSONAS);
		}
		toolkit.createLabel(itemClient, "Workflow"); //$NON-NLS-1$
		Composite workflow = toolkit.createComposite(itemClient);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(workflow);
		GridDataFactory.fillDefaults().indent(8, 0).applyTo(workflow);
		sendForReview = toolkit.createButton(workflow, "Send for Review", SWT.PUSH); //$NON-NLS-1$
		sendForReview.setToolTipText("Moves every draft publication of this item to review"); //$NON-NLS-1$
		sendForReview.addListener(SWT.Selection, e -> {
			org.eclipse.emf.common.command.Command command = Workflow.sendForReview(editor.getEditingDomain(), item);
			if (command != null) {
				editor.getEditingDomain().getCommandStack().execute(command);
			}
		});
		workflowStatus = toolkit.createLabel(workflow, ""); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(workflowStatus);

		toolkit.createLabel(itemClient, "Add a variant for"); //$NON-NLS-1$
		Composite addRow = toolkit.createComposite(itemClient);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(addRow);
		GridDataFactory.fillDefaults().indent(8, 0).applyTo(addRow);
		channelChoice = new Combo(addRow, SWT.READ_ONLY);
		toolkit.adapt(channelChoice);
		addVariant = toolkit.createButton(addRow, "Add Variant", SWT.PUSH); //$NON-NLS-1$
		addVariant.addListener(SWT.Selection, event -> addVariantForChosenChannel());

		toolkit.createLabel(itemClient, Messages.ComposePage_links);
		Composite utmRow = toolkit.createComposite(itemClient);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(utmRow);
		GridDataFactory.fillDefaults().indent(8, 0).applyTo(utmRow);
		presetChoice = new Combo(utmRow, SWT.READ_ONLY);
		toolkit.adapt(presetChoice);
		presetChoice.setToolTipText(Messages.ComposePage_presetTooltip);
		addUtm = toolkit.createButton(utmRow, Messages.ComposePage_addUtm, SWT.PUSH);
		addUtm.setToolTipText(Messages.ComposePage_addUtmTooltip);
		addUtm.addListener(SWT.Selection, event -> addUtmParameters(null));
		refreshPresets();

		variants = toolkit.createComposite(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(variants);
		this.toolkit = toolkit;
		registry = registry();
		createColumns();
		Adapter listener = new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				if (notification.getEventType() == Notification.REMOVING_ADAPTER) {
					return; // the page is being disposed
				}
				if (notification.getFeature() == ContentPackage.Literals.CONTENT_ITEM__VARIANTS
						&& !variants.isDisposed()) {
					createColumns();
				}
				if (!variants.isDisposed()) {
					refreshItemControls();
				}
			}
		};
		item.eAdapters().add(listener);
		variants.addDisposeListener(event -> item.eAdapters().remove(listener));
		refreshItemControls();
	}

	/** Publication states change deep inside the item: refresh after every command. */
	void modelChanged() {
		if (variants != null && !variants.isDisposed()) {
			refreshItemControls();
			refreshPresets();
			columns.forEach(VariantColumn::showPublications);
		}
	}

	/** The workspace's UTM presets may change (the UTM Presets preference page, undo). */
	private void refreshPresets() {
		ContentLibrary library = editor.session().workspace().content();
		List<UtmPreset> current = library == null ? List.of() : List.copyOf(library.getUtmPresets());
		List<String> names = current.stream().map(p -> String.valueOf(p.getName())).toList();
		if (current.equals(presets) && names.equals(List.of(presetChoice.getItems()))) {
			return;
		}
		String selected = presetChoice.getSelectionIndex() < 0 ? null : presetChoice.getText();
		presets.clear();
		presets.addAll(current);
		presetChoice.setItems(names.toArray(String[]::new));
		int index = selected == null ? 0 : Math.max(0, names.indexOf(selected));
		if (!names.isEmpty()) {
			presetChoice.select(index);
		}
		addUtm.setEnabled(!presets.isEmpty());
		presetChoice.getParent().layout();
	}

	/**
	 * Adds the chosen preset's UTM parameters to the links of variants, as one undoable
	 * command, and says in the form's header what was done and what was left untouched.
	 *
	 * @param only the variant to tag, or {@code null} for every variant of the item
	 * @return the message shown
	 */
	public String addUtmParameters(Variant only) {
		int index = presetChoice.getSelectionIndex();
		if (index < 0 || index >= presets.size()) {
			return null;
		}
		UtmPreset preset = presets.get(index);
		EditingDomain domain = editor.getEditingDomain();
		CompoundCommand command = new CompoundCommand(Messages.ComposePage_addUtmCommand);
		int links = 0;
		int variantsChanged = 0;
		int already = 0;
		List<String> notes = new ArrayList<>();
		for (Variant variant : editor.item().getVariants()) {
			if (only != null && variant != only) {
				continue;
			}
			UtmPresets.Resolved resolved = UtmPresets.resolve(preset, variant);
			UtmLinks.Result result = UtmLinks.tagLinks(variant.getText(), resolved.parameters());
			String channel = variant.getChannel() == null ? "?" : String.valueOf(variant.getChannel().getName()); //$NON-NLS-1$
			for (UtmLinks.Skipped skipped : result.skipped()) {
				notes.add(NLS.bind(Messages.ComposePage_linkSkipped, new Object[] { channel, skipped.link(), skipped.reason() }));
			}
			if (!result.changed().isEmpty() || !result.skipped().isEmpty() || result.unchanged() > 0) {
				resolved.problems().forEach(problem -> notes.add(channel + ": " + problem)); //$NON-NLS-1$
			}
			already += result.unchanged();
			if (!result.changed().isEmpty()) {
				links += result.changed().size();
				variantsChanged++;
				command.append(SetCommand.create(domain, variant, ContentPackage.Literals.VARIANT__TEXT, result.text()));
			}
		}
		if (!command.isEmpty()) {
			domain.getCommandStack().execute(command);
		}
		String summary = links == 0 && already == 0 && notes.isEmpty() ? Messages.ComposePage_noLinks
				: NLS.bind(Messages.ComposePage_utmSummary, new Object[] { links, variantsChanged, already });
		String message = notes.isEmpty() ? summary : summary + "  " + String.join("  ", notes); //$NON-NLS-1$ //$NON-NLS-2$
		// the heading keeps to one short line (a long one would widen the form); the details
		// show when the pointer rests on it
		int type = notes.isEmpty() ? IMessageProvider.INFORMATION : IMessageProvider.WARNING;
		IMessage[] details = notes.stream().map(note -> new Detail(note, type)).toArray(IMessage[]::new);
		getManagedForm().getForm().setMessage(
				(notes.isEmpty() ? summary : NLS.bind(Messages.ComposePage_utmNotes, summary, notes.size())).replace("&", //$NON-NLS-1$
						"&&"), //$NON-NLS-1$
				type, details);
		return message;
	}

	/** One line of the heading's details. */
	private record Detail(String getMessage, int getMessageType) implements IMessage {
		@Override
		public Object getKey() {
			return this;
		}

		@Override
		public Object getData() {
			return null;
		}

		@Override
		public Control getControl() {
			return null;
		}

		@Override
		public String getPrefix() {
			return null;
		}
	}

	/** @return the UTM preset choice, for tests */
	public Combo presetChoice() {
		return presetChoice;
	}

	private java.time.ZoneId zone() {
		Plan plan = editor.session().workspace().plan();
		return ChorusPreferences.viewTimeZone(plan == null ? null : plan.getTimeZone());
	}

	private List<Button> checks(FormToolkit toolkit, Composite parent, List<? extends EObject> choices,
			ContentItem item, EReference reference) {
		Composite row = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(Math.max(1, Math.min(3, choices.size()))).applyTo(row);
		GridDataFactory.fillDefaults().indent(8, 0).applyTo(row);
		List<Button> buttons = new ArrayList<>();
		for (EObject choice : choices) {
			Button check = toolkit.createButton(row,
					String.valueOf(choice.eGet(PlanPackage.Literals.NAMED__NAME)).replace("&", "&&"), SWT.CHECK); //$NON-NLS-1$ //$NON-NLS-2$
			check.setData(choice);
			check.setSelection(((List<?>) item.eGet(reference)).contains(choice));
			check.addListener(SWT.Selection, e -> {
				EditingDomain domain = editor.getEditingDomain();
				domain.getCommandStack().execute(check.getSelection()
						? AddCommand.create(domain, item, reference, choice)
						: RemoveCommand.create(domain, item, reference, choice));
			});
			buttons.add(check);
		}
		return buttons;
	}

	private void refreshItemControls() {
		if (sendForReview == null || sendForReview.isDisposed()) {
			return;
		}
		ContentItem item = editor.item();
		for (Button check : goalChecks) {
			check.setSelection(item.getGoals().contains(check.getData()));
		}
		for (Button check : personaChecks) {
			check.setSelection(item.getPersonas().contains(check.getData()));
		}
		long drafts = item.getVariants().stream().flatMap(v -> v.getPublications().stream())
				.filter(p -> p.getState() == io.github.chorus.content.model.PublicationState.DRAFT).count();
		long inReview = item.getVariants().stream().flatMap(v -> v.getPublications().stream())
				.filter(p -> p.getState() == io.github.chorus.content.model.PublicationState.IN_REVIEW).count();
		sendForReview.setEnabled(drafts > 0);
		workflowStatus.setText(drafts + " draft, " + inReview + " in review"); //$NON-NLS-1$ //$NON-NLS-2$
		workflowStatus.getParent().layout();
		refreshChannelChoice();
	}

	/** @return the goal check boxes, for tests */
	public List<Button> goalChecks() {
		return goalChecks;
	}

	/** @return the Send for Review button, for tests */
	public Button sendForReviewButton() {
		return sendForReview;
	}

	/**
	 * Lists the plan's channels this item has no variant for yet, keeping the chosen one: the plan
	 * may gain, lose or rename channels while the composer is open.
	 */
	private void refreshChannelChoice() {
		Set<ChannelPresence> used = new HashSet<>();
		editor.item().getVariants().forEach(v -> used.add(v.getChannel()));
		List<ChannelPresence> free = new ArrayList<>();
		Plan plan = editor.session().workspace().plan();
		if (plan != null) {
			plan.getChannels().stream().filter(presence -> !used.contains(presence)).forEach(free::add);
		}
		String[] names = free.stream().map(presence -> String.valueOf(presence.getName())).toArray(String[]::new);
		addVariant.setEnabled(!free.isEmpty());
		if (free.equals(freeChannels) && Arrays.equals(names, channelChoice.getItems())) {
			return; // called after every command, keystrokes included: leave the combo alone
		}
		int index = channelChoice.getSelectionIndex();
		ChannelPresence chosen = index >= 0 && index < freeChannels.size() ? freeChannels.get(index) : null;
		freeChannels.clear();
		freeChannels.addAll(free);
		channelChoice.setItems(names);
		if (!freeChannels.isEmpty()) {
			channelChoice.select(Math.max(0, freeChannels.indexOf(chosen)));
		}
	}

	/** (Re)creates one column per variant, and the list of channels without a variant. */
	private void createColumns() {
		ContentItem item = editor.item();
		for (Control child : variants.getChildren()) {
			child.dispose();
		}
		columns.clear();
		int count = Math.max(1, item.getVariants().size());
		GridLayoutFactory.fillDefaults().numColumns(count).equalWidth(true).spacing(12, 0).applyTo(variants);
		if (item.getVariants().isEmpty()) {
			toolkit.createLabel(variants, "This item has no channel variants yet."); //$NON-NLS-1$
		}
		for (Variant variant : item.getVariants()) {
			columns.add(new VariantColumn(toolkit, variants, editor.getEditingDomain(), variant, registry, zone(),
					editor.session().workspace().plan() != null && editor.session().workspace().plan().isApprovalRequired()));
		}
		refreshChannelChoice();
		variants.layout(true, true);
		IManagedForm managed = getManagedForm();
		if (managed != null) {
			managed.reflow(true);
		}
	}

	private void addVariantForChosenChannel() {
		int index = channelChoice.getSelectionIndex();
		if (index < 0 || index >= freeChannels.size()) {
			return;
		}
		addVariant(freeChannels.get(index));
	}

	/**
	 * Adds a variant of the item for a channel presence, as an undoable command.
	 *
	 * @param presence a channel presence of the plan
	 */
	public void addVariant(ChannelPresence presence) {
		Variant variant = ContentFactory.eINSTANCE.createVariant();
		variant.setId("variant-" + UUID.randomUUID()); //$NON-NLS-1$
		variant.setChannel(presence);
		EditingDomain domain = editor.getEditingDomain();
		domain.getCommandStack().execute(AddCommand.create(domain, editor.item(),
				ContentPackage.Literals.CONTENT_ITEM__VARIANTS, variant));
	}

	/** @return the channel choice, for tests */
	public Combo channelChoice() {
		return channelChoice;
	}

	/** @return the Add Variant button, for tests */
	public Button addVariantButton() {
		return addVariant;
	}

	static Optional<IChannelTypeRegistry> registry() {
		Bundle bundle = FrameworkUtil.getBundle(ComposePage.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return Optional.empty();
		}
		ServiceReference<IChannelTypeRegistry> reference = context.getServiceReference(IChannelTypeRegistry.class);
		return reference == null ? Optional.empty() : Optional.ofNullable(context.getService(reference));
	}

	/** @return the variant columns, for tests */
	public List<VariantColumn> columns() {
		return List.copyOf(columns);
	}
}
