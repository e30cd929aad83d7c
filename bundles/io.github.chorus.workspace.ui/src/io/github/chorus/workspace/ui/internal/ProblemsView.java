// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import io.github.chorus.plan.model.validation.IConstraintContributor;

import io.github.chorus.workspace.WorkspaceValidator;
import io.github.chorus.workspace.WorkspaceValidator.Finding;
import io.github.chorus.workspace.ui.WorkspaceEditors;
import io.github.chorus.workspace.ui.WorkspaceSession;

/**
 * The Problems view: the findings of EMF validation over the whole workspace (the same rules as
 * {@code chorus validate}), updated shortly after each edit. Double-click opens the object's
 * editor.
 */
public final class ProblemsView extends ViewPart {

	/** The view id. */
	public static final String ID = "io.github.chorus.workspace.ui.problems"; //$NON-NLS-1$
	private static final int DELAY_MILLIS = 400;

	private WorkspaceSession session;
	private TableViewer viewer;
	private boolean scheduled;
	private final Runnable dirtyListener = this::schedule;

	@Override
	public void createPartControl(Composite parent) {
		session = WorkspaceSession.of(getSite());
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "Description", 60, Finding::message, true); //$NON-NLS-1$
		column(layout, "Object", 25, Finding::object, false); //$NON-NLS-1$
		column(layout, "File", 15, Finding::resource, false); //$NON-NLS-1$
		viewer.addDoubleClickListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof Finding finding && finding.target() != null) {
				try {
					WorkspaceEditors.open(getSite().getPage(), session, finding.target());
				} catch (PartInitException e) {
					getSite().getShell().getDisplay().beep();
				}
			}
		});
		getSite().setSelectionProvider(viewer);
		session.addDirtyListener(dirtyListener);
		refresh();
	}

	private void column(TableColumnLayout layout, String title, int weight,
			java.util.function.Function<Finding, String> text, boolean icon) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((Finding) element);
				return value == null ? "" : value; //$NON-NLS-1$
			}

			@Override
			public Image getImage(Object element) {
				if (!icon) {
					return null;
				}
				int severity = ((Finding) element).severity();
				return PlatformUI.getWorkbench().getSharedImages()
						.getImage(severity >= Diagnostic.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
								: severity >= Diagnostic.WARNING ? ISharedImages.IMG_OBJS_WARN_TSK
										: ISharedImages.IMG_OBJS_INFO_TSK);
			}
		});
	}

	private void schedule() {
		if (scheduled || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		scheduled = true;
		viewer.getControl().getDisplay().timerExec(DELAY_MILLIS, () -> {
			scheduled = false;
			refresh();
		});
	}

	/** Validates the workspace now and shows the findings. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Finding> findings = WorkspaceValidator.validate(session.workspace(), contributors(),
				Clock.systemDefaultZone());
		viewer.setInput(findings);
		long errors = findings.stream().filter(f -> f.severity() >= Diagnostic.ERROR).count();
		long warnings = findings.stream().filter(f -> f.severity() == Diagnostic.WARNING).count();
		setContentDescription(errors + " errors, " + warnings + " warnings, " //$NON-NLS-1$ //$NON-NLS-2$
				+ (findings.size() - errors - warnings) + " others"); //$NON-NLS-1$
	}

	/** The contributed rules (channel limits and others) registered as OSGi services, as {@code chorus validate} uses. */
	private static List<IConstraintContributor> contributors() {
		List<IConstraintContributor> contributors = new ArrayList<>();
		Bundle bundle = FrameworkUtil.getBundle(ProblemsView.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return contributors;
		}
		try {
			for (ServiceReference<IConstraintContributor> reference : context
					.getServiceReferences(IConstraintContributor.class, null)) {
				IConstraintContributor contributor = context.getService(reference);
				if (contributor != null) {
					contributors.add(contributor);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		return contributors;
	}

	/** @return the table, for tests */
	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.removeDirtyListener(dirtyListener);
		}
		super.dispose();
	}
}
