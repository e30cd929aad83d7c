// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.app.internal;

import java.util.List;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;

/**
 * Preferences &gt; Chorus &gt; Appearance: the Chorus light or dark theme (CSS themes of the
 * Eclipse theme engine, so the choice is remembered like the IDE's). Switching applies the
 * theme at once and offers a restart, after which every part, custom-drawn ones included,
 * uses it.
 */
public final class AppearancePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	/** The Chorus light theme, the default. */
	public static final String LIGHT = "io.github.chorus.theme.light"; //$NON-NLS-1$
	/** The Chorus dark theme. */
	public static final String DARK = "io.github.chorus.theme.dark"; //$NON-NLS-1$

	private IThemeEngine engine;
	private List<ITheme> themes = List.of();
	private Combo choice;

	/** Creates the page. */
	public AppearancePreferencePage() {
		setDescription(Messages.AppearancePage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		engine = themeEngine(workbench.getDisplay());
	}

	/**
	 * @param display the display
	 * @return the theme engine of the workbench, or {@code null} when themes are off
	 */
	static IThemeEngine themeEngine(Display display) {
		IThemeEngine fromWorkbench = PlatformUI.getWorkbench().getService(IThemeEngine.class);
		return fromWorkbench != null ? fromWorkbench
				: (IThemeEngine) display.getData("org.eclipse.e4.ui.css.swt.theme"); //$NON-NLS-1$
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(composite);
		new Label(composite, SWT.NONE).setText(Messages.AppearancePage_theme);
		choice = new Combo(composite, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(choice);
		if (engine != null) {
			themes = engine.getThemes().stream().filter(t -> t.getId().startsWith("io.github.chorus.theme")) //$NON-NLS-1$
					.toList();
			themes.forEach(theme -> choice.add(theme.getLabel()));
			ITheme active = engine.getActiveTheme();
			choice.select(Math.max(0, themes.indexOf(themes.stream()
					.filter(t -> active != null && t.getId().equals(active.getId())).findFirst().orElse(null))));
		}
		choice.setEnabled(!themes.isEmpty());
		Label note = new Label(composite, SWT.WRAP);
		note.setText(Messages.AppearancePage_restartNote);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).indent(0, 8).applyTo(note);
		return composite;
	}

	@Override
	protected void performDefaults() {
		themes.stream().filter(t -> t.getId().equals(LIGHT)).findFirst()
				.ifPresent(light -> choice.select(themes.indexOf(light)));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		int index = choice.getSelectionIndex();
		if (engine == null || index < 0) {
			return true;
		}
		ITheme chosen = themes.get(index);
		ITheme active = engine.getActiveTheme();
		if (active == null || !active.getId().equals(chosen.getId())) {
			engine.setTheme(chosen, true);
			if (MessageDialog.openQuestion(getShell(), Messages.AppearancePage_restartTitle,
					Messages.AppearancePage_restartQuestion)) {
				getShell().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().restart());
			}
		}
		return true;
	}

	/** @return the theme choice, for tests */
	public Combo themeChoice() {
		return choice;
	}
}
