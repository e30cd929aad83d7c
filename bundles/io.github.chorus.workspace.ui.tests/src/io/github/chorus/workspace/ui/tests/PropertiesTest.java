// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;

import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.ui.emf.EmfPropertySource;

/** The Properties view's view of model objects. */
class PropertiesTest {

    @Test
    void anEnumeratedValueShowsItsLabelNotItsIndex() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        try {
            ScheduledPublication publication = ContentFactory.eINSTANCE.createScheduledPublication();
            publication.setState(PublicationState.SCHEDULED);
            IPropertySource source = EmfPropertySource.of(publication, factory);
            IPropertyDescriptor state = Arrays.stream(source.getPropertyDescriptors())
                    .filter(descriptor -> descriptor.getDisplayName().equals("State")).findFirst().orElseThrow();

            String shown = state.getLabelProvider().getText(source.getPropertyValue(state.getId()));

            assertThat(shown).isNotEqualTo(String.valueOf(PublicationState.SCHEDULED.getValue()))
                    .containsIgnoringCase("scheduled");
        } finally {
            factory.dispose();
        }
    }
}
