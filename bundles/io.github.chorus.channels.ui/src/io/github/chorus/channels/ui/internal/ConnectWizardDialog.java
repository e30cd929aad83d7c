// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/** The dialog of {@link ConnectWizard}: its Finish button says Connect. */
public final class ConnectWizardDialog extends WizardDialog {

	/**
	 * @param parent the parent shell
	 * @param wizard the wizard
	 */
	public ConnectWizardDialog(Shell parent, ConnectWizard wizard) {
		super(parent, wizard);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		Button finish = getButton(IDialogConstants.FINISH_ID);
		if (finish != null) {
			finish.setText(Messages.Wizard_finish);
		}
	}

	/** @return the Connect (Finish) button, for tests */
	public Button connectButton() {
		return getButton(IDialogConstants.FINISH_ID);
	}

	/** @return the Next button, for tests */
	public Button nextButton() {
		return getButton(IDialogConstants.NEXT_ID);
	}
}
