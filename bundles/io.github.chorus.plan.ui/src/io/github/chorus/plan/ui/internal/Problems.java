// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** Shows validation problems in a form header: the count and the first message. */
final class Problems {

	private static final int MAX_MESSAGE = 55;

	private Problems() {
	}

	static void show(ScrolledForm form, List<Diagnostic> problems) {
		if (form == null || form.isDisposed()) {
			return;
		}
		if (problems.isEmpty()) {
			form.setMessage(null, IMessageProvider.NONE);
			return;
		}
		Diagnostic first = problems.get(0);
		int type = first.getSeverity() >= Diagnostic.ERROR ? IMessageProvider.ERROR
				: first.getSeverity() >= Diagnostic.WARNING ? IMessageProvider.WARNING : IMessageProvider.INFORMATION;
		String more = problems.size() > 1 ? " (+" + (problems.size() - 1) + " in Problems view)" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// a long heading message widens the whole form: keep it short, the Problems view has it all
		String message = first.getMessage();
		if (message.length() > MAX_MESSAGE) {
			message = message.substring(0, MAX_MESSAGE - 1) + '\u2026';
		}
		form.setMessage(message.replace("&", "&&") + more, type); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
