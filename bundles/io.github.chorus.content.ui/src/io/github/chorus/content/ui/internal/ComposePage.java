// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.content.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.PlanPackage;
import io.github.chorus.workspace.ui.ModelFields;

/** The composer's page: the item's name and idea, then one column per channel variant. */
public final class ComposePage extends FormPage {

	static final String ID = "compose"; //$NON-NLS-1$

	private final ComposerEditor editor;
	private final List<VariantColumn> columns = new ArrayList<>();

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
		toolkit.createLabel(itemClient, "Name"); //$NON-NLS-1$
		Text name = toolkit.createText(itemClient, ""); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(name);
		ModelFields.bind(editor.getEditingDomain(), name, item, PlanPackage.Literals.NAMED__NAME);
		toolkit.createLabel(itemClient, "Idea"); //$NON-NLS-1$
		Text idea = toolkit.createText(itemClient, "", SWT.MULTI | SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(200, 40).applyTo(idea);
		ModelFields.bind(editor.getEditingDomain(), idea, item, ContentPackage.Literals.CONTENT_ITEM__IDEA);

		Composite variants = toolkit.createComposite(body);
		int count = Math.max(1, item.getVariants().size());
		GridLayoutFactory.fillDefaults().numColumns(count).equalWidth(true).spacing(12, 0).applyTo(variants);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(variants);
		if (item.getVariants().isEmpty()) {
			toolkit.createLabel(variants, "This item has no channel variants yet."); //$NON-NLS-1$
		}
		Optional<IChannelTypeRegistry> registry = registry();
		for (Variant variant : item.getVariants()) {
			columns.add(new VariantColumn(toolkit, variants, editor.getEditingDomain(), variant, registry));
		}
	}

	private static Optional<IChannelTypeRegistry> registry() {
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
