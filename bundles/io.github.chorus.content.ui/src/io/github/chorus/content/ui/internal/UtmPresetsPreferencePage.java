// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.content.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.UtmPreset;
import io.github.chorus.plan.model.PlanPackage;
import io.github.chorus.workspace.links.UtmParameters;
import io.github.chorus.workspace.ui.WorkspaceSession;

/**
 * Preferences &gt; Chorus &gt; UTM Presets: edits the UTM presets of the open workspace. They are
 * stored in the workspace (the content library), not in personal preferences: a team shares
 * its workspace, so everyone tags links with the same campaign names, and a preset travels with
 * the content that uses it. OK applies the changes as one command on the workspace's command
 * stack (Edit &gt; Undo takes it back); File &gt; Save writes them with the rest of the workspace.
 */
public final class UtmPresetsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private static final EAttribute[] FIELDS = { PlanPackage.Literals.NAMED__NAME,
			ContentPackage.Literals.UTM_PRESET__UTM_SOURCE, ContentPackage.Literals.UTM_PRESET__UTM_MEDIUM,
			ContentPackage.Literals.UTM_PRESET__UTM_CAMPAIGN, ContentPackage.Literals.UTM_PRESET__UTM_TERM,
			ContentPackage.Literals.UTM_PRESET__UTM_CONTENT };
	private static final String[] LABELS = { Messages.UtmPresetsPage_name, UtmParameters.SOURCE, UtmParameters.MEDIUM,
			UtmParameters.CAMPAIGN, UtmParameters.TERM, UtmParameters.CONTENT };

	private WorkspaceSession session;
	private final List<UtmPreset> working = new ArrayList<>();
	private ListViewer list;
	private final Text[] fields = new Text[FIELDS.length];
	private boolean showing;

	/** Creates the page. */
	public UtmPresetsPreferencePage() {
		setDescription(Messages.UtmPresetsPage_description);
		noDefaultButton();
	}

	@Override
	public void init(IWorkbench workbench) {
		session = WorkspaceSession.of(workbench);
	}

	@Override
	protected Control createContents(Composite parent) {
		ContentLibrary library = session.workspace().content();
		if (library != null) {
			library.getUtmPresets().forEach(preset -> working.add(EcoreUtil.copy(preset)));
		}
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(composite);

		Composite left = new Composite(composite, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(left);
		GridDataFactory.fillDefaults().grab(false, true).applyTo(left);
		list = new ListViewer(left, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return String.valueOf(((UtmPreset) element).getName());
			}
		});
		list.setInput(working);
		GridDataFactory.fillDefaults().grab(false, true).hint(160, 160).applyTo(list.getControl());
		Composite buttons = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(buttons);
		Button add = new Button(buttons, SWT.PUSH);
		add.setText(Messages.UtmPresetsPage_add);
		add.addListener(SWT.Selection, e -> addPreset());
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText(Messages.UtmPresetsPage_remove);
		remove.addListener(SWT.Selection, e -> removeSelected());
		GridDataFactory.fillDefaults().applyTo(add);
		GridDataFactory.fillDefaults().applyTo(remove);

		Composite right = new Composite(composite, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(right);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
		for (int i = 0; i < FIELDS.length; i++) {
			new Label(right, SWT.NONE).setText(LABELS[i]);
			Text field = new Text(right, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(field);
			EAttribute attribute = FIELDS[i];
			field.addModifyListener(e -> edited(attribute, field.getText()));
			fields[i] = field;
		}
		Label placeholders = new Label(right, SWT.WRAP);
		placeholders.setText(Messages.UtmPresetsPage_placeholders);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(260, SWT.DEFAULT).indent(0, 8)
				.applyTo(placeholders);

		list.addSelectionChangedListener(e -> showSelected());
		if (!working.isEmpty()) {
			list.setSelection(new StructuredSelection(working.get(0)));
		}
		showSelected();
		return composite;
	}

	private UtmPreset selected() {
		Object first = ((IStructuredSelection) list.getSelection()).getFirstElement();
		return first instanceof UtmPreset preset ? preset : null;
	}

	private void showSelected() {
		UtmPreset preset = selected();
		showing = true;
		try {
			for (int i = 0; i < FIELDS.length; i++) {
				Object value = preset == null ? null : preset.eGet(FIELDS[i]);
				fields[i].setText(value == null ? "" : value.toString()); //$NON-NLS-1$
				fields[i].setEnabled(preset != null);
			}
		} finally {
			showing = false;
		}
	}

	private void edited(EAttribute attribute, String value) {
		UtmPreset preset = selected();
		if (showing || preset == null) {
			return;
		}
		preset.eSet(attribute, value.isBlank() ? null : value.strip());
		if (attribute == PlanPackage.Literals.NAMED__NAME) {
			list.refresh(preset);
		}
		validate();
	}

	private void validate() {
		boolean named = working.stream().allMatch(p -> p.getName() != null && !p.getName().isBlank());
		setErrorMessage(named ? null : Messages.UtmPresetsPage_nameMissing);
		setValid(named);
	}

	/** Adds a preset with the usual values and selects it. */
	public void addPreset() {
		UtmPreset preset = ContentFactory.eINSTANCE.createUtmPreset();
		preset.setId("utm-" + UUID.randomUUID()); //$NON-NLS-1$
		preset.setName(Messages.UtmPresetsPage_newPreset);
		preset.setUtmSource("{channel}"); //$NON-NLS-1$
		preset.setUtmMedium("social"); //$NON-NLS-1$
		preset.setUtmCampaign("{campaign}"); //$NON-NLS-1$
		working.add(preset);
		list.refresh();
		list.setSelection(new StructuredSelection(preset));
		validate();
	}

	private void removeSelected() {
		UtmPreset preset = selected();
		if (preset != null) {
			working.remove(preset);
			list.refresh();
			showSelected();
			validate();
		}
	}

	@Override
	public boolean performOk() {
		ContentLibrary library = session.workspace().content();
		if (library == null || !isValid()) {
			return isValid();
		}
		if (!EcoreUtil.equals(library.getUtmPresets(), working)) {
			List<UtmPreset> presets = working.stream().map(EcoreUtil::copy).toList();
			session.domain().getCommandStack().execute(SetCommand.create(session.domain(), library,
					ContentPackage.Literals.CONTENT_LIBRARY__UTM_PRESETS, presets));
		}
		return true;
	}

	/** @return the field of a preset attribute, for tests: 0 name, 1-5 utm_source..utm_content */
	public Text field(int index) {
		return fields[index];
	}

	/** @return the preset list, for tests */
	public ListViewer presets() {
		return list;
	}
}
