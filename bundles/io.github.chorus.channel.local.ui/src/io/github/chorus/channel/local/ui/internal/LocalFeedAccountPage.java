// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channel.local.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Text;

import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.ui.AccountPage;

/** Connects the Local feed: the folder the feed and its page are written to. No account, no network. */
public final class LocalFeedAccountPage extends AccountPage {

	/** The connector's parameter: the folder, created when missing. */
	static final String FOLDER = "folder"; //$NON-NLS-1$

	private Text folder;

	@Override
	public void createControl(Composite parent) {
		Composite grid = createGrid(parent);
		((GridLayout) grid.getLayout()).numColumns = 3;
		folder = addField(grid, FOLDER, Messages.folder, reconnecting().map(AccountProfile::accountId).orElse(null),
				SWT.NONE, true);
		Button browse = new Button(grid, SWT.PUSH);
		browse.setText(Messages.browse);
		browse.addListener(SWT.Selection, event -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setMessage(Messages.browseMessage);
			dialog.setFilterPath(folder.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		addExplanation(grid, Messages.explanation);
		setDescription(Messages.description);
		validate();
	}

	@Override
	protected String check() {
		try {
			Path path = Path.of(folder.getText().strip());
			if (!path.isAbsolute()) {
				return Messages.notAbsolute;
			}
			if (Files.exists(path) && !Files.isDirectory(path)) {
				return Messages.notAFolder;
			}
			return null;
		} catch (InvalidPathException e) {
			return Messages.notAbsolute;
		}
	}
}
