// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.github.chorus.channels.ChannelTypeDescriptor;

/** The first page of the Connect Account wizard: which network. */
final class ChannelChoicePage extends WizardPage {

	private final List<ChannelTypeDescriptor> channels;
	private TableViewer viewer;
	private ResourceManager resources;

	/**
	 * @param channels the channel types that have a connector and an account page
	 */
	ChannelChoicePage(List<ChannelTypeDescriptor> channels) {
		super("io.github.chorus.channels.ui.channelChoice"); //$NON-NLS-1$
		this.channels = channels;
		setTitle(Messages.Wizard_choiceTitle);
		setDescription(Messages.Wizard_choiceDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(composite);
		resources = new LocalResourceManager(JFaceResources.getResources(), composite);
		if (channels.isEmpty()) {
			new Label(composite, SWT.WRAP).setText(Messages.Wizard_noChannels);
		}
		viewer = new TableViewer(composite, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((ChannelTypeDescriptor) element).name();
			}

			@Override
			public Image getImage(Object element) {
				return ChannelImages.icon(Optional.of((ChannelTypeDescriptor) element), resources);
			}
		});
		viewer.setInput(channels);
		viewer.addSelectionChangedListener(event -> setPageComplete(!event.getSelection().isEmpty()));
		viewer.addDoubleClickListener(event -> {
			IWizardPage next = getNextPage();
			if (next != null) {
				getContainer().showPage(next);
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 260).applyTo(viewer.getControl());
		setControl(composite);
	}

	/** @return the chosen channel type */
	Optional<ChannelTypeDescriptor> chosen() {
		if (viewer == null) {
			return Optional.empty();
		}
		return Optional.ofNullable((ChannelTypeDescriptor) ((IStructuredSelection) viewer.getSelection()).getFirstElement());
	}

	/** @return the table of networks, for tests */
	TableViewer viewer() {
		return viewer;
	}

	@Override
	public IWizardPage getNextPage() {
		return chosen().map(channel -> (IWizardPage) ((ConnectWizard) getWizard()).accountPage(channel)).orElse(null);
	}
}
