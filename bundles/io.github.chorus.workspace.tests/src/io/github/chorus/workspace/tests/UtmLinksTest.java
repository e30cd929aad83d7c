// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.UtmPreset;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.PlanFactory;
import io.github.chorus.workspace.links.UtmLinks;
import io.github.chorus.workspace.links.UtmParameters;
import io.github.chorus.workspace.links.UtmPresets;

/** Adding UTM parameters to links, including links that try hard to be misread. */
class UtmLinksTest {

    private static final UtmParameters SOCIAL = new UtmParameters("mastodon", "social", "spring-launch", null, null);

    private static String tag(String url) throws Exception {
        return UtmLinks.tag(url, SOCIAL);
    }

    @Test
    void appendsAQueryToALinkWithout() throws Exception {
        assertThat(tag("https://example.com")).isEqualTo(
                "https://example.com?utm_source=mastodon&utm_medium=social&utm_campaign=spring-launch");
        assertThat(tag("https://example.com/shop/beans")).isEqualTo(
                "https://example.com/shop/beans?utm_source=mastodon&utm_medium=social&utm_campaign=spring-launch");
    }

    @Test
    void keepsTheExistingQueryAndPutsTheParametersBeforeTheFragment() throws Exception {
        assertThat(tag("https://example.com/p?id=7&lang=fr#reviews")).isEqualTo(
                "https://example.com/p?id=7&lang=fr&utm_source=mastodon&utm_medium=social&utm_campaign=spring-launch#reviews");
        // a "?" inside the fragment (a single-page app's route) is not the query
        assertThat(tag("https://example.com/#/shop?tab=2")).isEqualTo(
                "https://example.com/?utm_source=mastodon&utm_medium=social&utm_campaign=spring-launch#/shop?tab=2");
        assertThat(tag("https://example.com/p?")).isEqualTo(
                "https://example.com/p?utm_source=mastodon&utm_medium=social&utm_campaign=spring-launch");
        assertThat(tag("https://example.com/p?a=1&&b=2&")).isEqualTo(
                "https://example.com/p?a=1&b=2&utm_source=mastodon&utm_medium=social&utm_campaign=spring-launch");
    }

    @Test
    void replacesExistingUtmParametersInPlaceWhateverTheirCaseAndDropsRepeats() throws Exception {
        assertThat(tag("https://example.com/?UTM_Source=newsletter&x=1&utm_source=again&utm_id=42")).isEqualTo(
                "https://example.com/?utm_source=mastodon&x=1&utm_id=42&utm_medium=social&utm_campaign=spring-launch");
        // a parameter the preset leaves empty stays as the link has it
        assertThat(tag("https://example.com/?utm_term=decaf")).isEqualTo(
                "https://example.com/?utm_term=decaf&utm_source=mastodon&utm_medium=social&utm_campaign=spring-launch");
        // an encoded key is still that key
        assertThat(tag("https://example.com/?utm%5Fsource=old")).isEqualTo(
                "https://example.com/?utm_source=mastodon&utm_medium=social&utm_campaign=spring-launch");
    }

    @Test
    void taggingTwiceChangesNothingTheSecondTime() throws Exception {
        String text = "New roast! https://example.com/p?id=7#top and (see https://example.org/a_(b)) or https://bücher.example/x.";
        UtmLinks.Result first = UtmLinks.tagLinks(text, SOCIAL);
        assertThat(first.changed()).hasSize(3);
        UtmLinks.Result second = UtmLinks.tagLinks(first.text(), SOCIAL);
        assertThat(second.text()).isSameAs(first.text());
        assertThat(second.changed()).isEmpty();
        assertThat(second.unchanged()).isEqualTo(3);
    }

    @Test
    void keepsInternationalDomainNamesAndEncodesValues() throws Exception {
        UtmParameters spaced = new UtmParameters("x", "social", "Café & Crème 100%", null, null);
        assertThat(UtmLinks.tag("https://bücher.example/straße?q=ü", spaced)).isEqualTo(
                "https://bücher.example/straße?q=ü&utm_source=x&utm_medium=social&utm_campaign=Caf%C3%A9%20%26%20Cr%C3%A8me%20100%25");
        assertThat(tag("http://user@[2001:db8::1]:8080/p")).startsWith("http://user@[2001:db8::1]:8080/p?utm_source=");
        assertThat(tag("HTTPS://EXAMPLE.COM:443")).isEqualTo(
                "HTTPS://EXAMPLE.COM:443?utm_source=mastodon&utm_medium=social&utm_campaign=spring-launch");
    }

    @Test
    void leavesMalformedLinksUntouchedWithAReason() {
        assertThatThrownBy(() -> tag("https://")).hasMessageContaining("no host");
        assertThatThrownBy(() -> tag("https://exa..mple.com/")).hasMessageContaining("empty label");
        assertThatThrownBy(() -> tag("https://exa_mple.com/")).hasMessageContaining("not valid");
        assertThatThrownBy(() -> tag("https://example.com:99999/")).hasMessageContaining("port");
        assertThatThrownBy(() -> tag("https://example.com/100%zz")).hasMessageContaining("hexadecimal");
        assertThatThrownBy(() -> tag("https://[zz::1]/")).hasMessageContaining("IPv6");
        assertThatThrownBy(() -> tag("ftp://example.com/")).hasMessageContaining("http");

        String text = "Broken https://exa..mple.com/x and fine https://example.com";
        UtmLinks.Result result = UtmLinks.tagLinks(text, SOCIAL);
        assertThat(result.text()).startsWith("Broken https://exa..mple.com/x and fine https://example.com?utm_source=");
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.link()).isEqualTo("https://exa..mple.com/x");
            assertThat(s.start()).isEqualTo(7);
            assertThat(s.reason()).contains("empty label");
        });
    }

    @Test
    void findsLinksWithoutTheSentencePunctuationAroundThem() {
        String text = "Read https://example.com/a. Or (https://example.com/b), \"https://example.com/c\"! xhttps://no.example";
        assertThat(UtmLinks.findLinks(text).stream().map(r -> text.substring(r[0], r[1]))).containsExactly(
                "https://example.com/a", "https://example.com/b", "https://example.com/c");
        assertThat(UtmLinks.tagLinks("no links here", SOCIAL).text()).isEqualTo("no links here");
        assertThat(UtmLinks.tagLinks(null, SOCIAL).text()).isEmpty();
    }

    @Test
    void presetsFillInTheChannelCampaignAndItem() {
        ChannelPresence presence = PlanFactory.eINSTANCE.createChannelPresence();
        presence.setChannelTypeId("io.github.chorus.channel.mastodon");
        presence.setAccountHandle("@emberandoak@social.example");
        Campaign campaign = PlanFactory.eINSTANCE.createCampaign();
        campaign.setName("Spring Blend Launch");
        ContentItem item = ContentFactory.eINSTANCE.createContentItem();
        item.setName("Café opening");
        Variant variant = ContentFactory.eINSTANCE.createVariant();
        variant.setChannel(presence);
        item.getVariants().add(variant);
        UtmPreset preset = ContentFactory.eINSTANCE.createUtmPreset();
        preset.setUtmSource("{channel}");
        preset.setUtmMedium("social");
        preset.setUtmCampaign("{campaign}");
        preset.setUtmTerm("{account}");
        preset.setUtmContent("post-{item}");

        UtmPresets.Resolved withoutCampaign = UtmPresets.resolve(preset, variant);
        assertThat(withoutCampaign.parameters()).isEqualTo(new UtmParameters("mastodon", "social", null,
                "emberandoak-social-example", "post-cafe-opening"));
        assertThat(withoutCampaign.problems()).singleElement().asString().contains("utm_campaign", "no campaign");

        item.setCampaign(campaign);
        UtmPresets.Resolved resolved = UtmPresets.resolve(preset, variant);
        assertThat(resolved.parameters().campaign()).isEqualTo("spring-blend-launch");
        assertThat(resolved.problems()).isEmpty();
    }
}
