// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.benchmarks.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.github.chorus.benchmarks.Figure;
import io.github.chorus.benchmarks.Stats;
import io.github.chorus.channel.mastodon.internal.MastodonConnector;
import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.accounts.MemoryAccountSecrets;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.PostPart;
import io.github.chorus.channels.connector.PublishRequest;
import io.github.chorus.content.model.ApprovalDecision;
import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Member;
import io.github.chorus.plan.model.PlanFactory;
import io.github.chorus.plan.model.Role;
import io.github.chorus.plan.model.RoleKind;
import io.github.chorus.publishing.ApprovalPolicy;
import io.github.chorus.publishing.ApprovalWorkflow;
import io.github.chorus.publishing.IConnectorResolver;
import io.github.chorus.publishing.Outbox;
import io.github.chorus.workspace.ChorusWorkspace;

/**
 * Target 8: publications per second through the outbox ({@link Outbox#publishDue()}: approval check,
 * PUBLISHING with an UNKNOWN attempt saved before the network calls, the calls through the real Mastodon
 * connector, the outcomes recorded and saved after them) against a loopback Mastodon that answers at once.
 * Baseline, same run, same server, connector, batch and parallelism: the same number of publish calls
 * made directly, without outbox or persistence.
 */
public final class OutboxBenchmark {

    private static final String MASTODON = "io.github.chorus.channel.mastodon";
    /** Due publications per round. */
    static final int PUBLICATIONS = 5_000;
    /** Publications marked and saved together (two atomic saves per batch). */
    static final int BATCH = 500;
    /** Network calls of one batch made at the same time. */
    static final int PARALLELISM = 8;

    private final Path work;
    private final int rounds;

    /**
     * @param work   scratch folder
     * @param rounds measured rounds (after one warm-up round)
     */
    public OutboxBenchmark(Path work, int rounds) {
        this.work = work;
        this.rounds = rounds;
    }

    /** @return the publishing figure */
    public Figure run() throws Exception {
        double[] outbox = new double[rounds];
        double[] direct = new double[rounds];
        double[] ratios = new double[rounds];
        try (Loopback server = new Loopback()) {
            MastodonConnector connector = new MastodonConnector(
                    HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), Duration.ofSeconds(30),
                    Clock.systemUTC(), Duration.ofMillis(10), 1);
            for (int round = -1; round < rounds; round++) { // round -1 warms up
                double rate = outboxRound(server, connector, round);
                double baseline = directRound(server, connector, round);
                if (round >= 0) {
                    outbox[round] = rate;
                    direct[round] = baseline;
                    ratios[round] = rate / baseline;
                }
            }
        }
        return new Figure("publishing: outbox publications/s", Stats.median(outbox), "pubs/s", "loopback calls alone",
                Stats.median(direct), Stats.median(ratios), Figure.Target.valueAtLeast(1000, "pubs/s"),
                rounds + " rounds after one warm-up; " + PUBLICATIONS + " due publications on 2 Mastodon accounts in a "
                        + "new workspace, batch " + BATCH + ", " + PARALLELISM + " parallel calls; outbox "
                        + Stats.list(outbox) + " /s; baseline (the same calls through the same connector, no outbox) "
                        + Stats.list(direct) + " /s; ratios " + Stats.list(ratios));
    }

    private double outboxRound(Loopback server, MastodonConnector connector, int round) throws Exception {
        Path folder = work.resolve("outbox-" + (round + 1));
        io.github.chorus.benchmarks.workspace.WorkspaceBenchmark.deleteTree(folder);
        ChorusWorkspace workspace = ChorusWorkspace.createEmpty(folder, "Bench", "Europe/Rome");
        Member approver = member(workspace, "member-approver", RoleKind.APPROVER);
        List<ChannelPresence> channels = List.of(channel(workspace, "alice"), channel(workspace, "bob"));
        Instant due = Instant.now().minusSeconds(3600);
        ApprovalWorkflow workflow = new ApprovalWorkflow(ApprovalPolicy.oneApprover());
        String prefix = "r" + (round + 1) + "-";
        for (int i = 0; i < PUBLICATIONS; i++) {
            ScheduledPublication publication = draft(workspace, channels.get(i % 2), prefix + i, "Post number " + i);
            workflow.submit(publication);
            workflow.decide(publication, approver, ApprovalDecision.APPROVED, null, due.minusSeconds(3600));
            workflow.schedule(publication, due.plusMillis(i), "Europe/Rome");
        }
        workspace.save();
        workspace = ChorusWorkspace.open(folder);
        Outbox outbox = new Outbox(workspace, resolver(server.url(), connector), Clock.systemUTC(),
                Outbox.Options.defaults().withBatchSize(BATCH).withParallelism(PARALLELISM), event -> {
                    // the figure counts publications, not events
                });
        int before = server.posts();
        long start = System.nanoTime();
        outbox.publishDue();
        double seconds = (System.nanoTime() - start) / 1e9;
        int published = 0;
        for (ContentItem item : workspace.content().getItems()) {
            for (Variant variant : item.getVariants()) {
                for (ScheduledPublication publication : variant.getPublications()) {
                    published += publication.getState() == PublicationState.PUBLISHED ? 1 : 0;
                }
            }
        }
        if (published != PUBLICATIONS || server.posts() - before != PUBLICATIONS) {
            throw new IllegalStateException("the outbox published " + published + " and the server holds "
                    + (server.posts() - before) + " new posts, not " + PUBLICATIONS);
        }
        return PUBLICATIONS / seconds;
    }

    private double directRound(Loopback server, MastodonConnector connector, int round) throws Exception {
        IConnectorResolver.Binding binding = binding(server.url(), connector, "carol");
        ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
        try {
            long start = System.nanoTime();
            for (int first = 0; first < PUBLICATIONS; first += BATCH) {
                List<Future<?>> calls = new ArrayList<>();
                for (int i = first; i < Math.min(PUBLICATIONS, first + BATCH); i++) {
                    PublishRequest request = new PublishRequest("direct-" + (round + 1) + "-" + i,
                            List.of(new PostPart("Post number " + i, null, List.of())), PublishRequest.FollowUps.THREAD,
                            null, null, Map.of());
                    calls.add(pool.submit(() -> binding.connector().publish(binding.account(), binding.secrets(), request)));
                }
                for (Future<?> call : calls) {
                    call.get();
                }
            }
            return PUBLICATIONS / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static Member member(ChorusWorkspace workspace, String id, RoleKind kind) {
        Member member = PlanFactory.eINSTANCE.createMember();
        member.setId(id);
        member.setName(id);
        for (Role role : workspace.plan().getTeam().getRoles()) {
            if (role.getKind() == kind) {
                member.getRoles().add(role);
            }
        }
        workspace.plan().getTeam().getMembers().add(member);
        return member;
    }

    private static ChannelPresence channel(ChorusWorkspace workspace, String account) {
        ChannelPresence channel = PlanFactory.eINSTANCE.createChannelPresence();
        channel.setId("channel-" + account);
        channel.setName("Mastodon " + account);
        channel.setChannelTypeId(MASTODON);
        channel.setAccountHandle(account);
        workspace.plan().getChannels().add(channel);
        return channel;
    }

    private static ScheduledPublication draft(ChorusWorkspace workspace, ChannelPresence channel, String id, String text) {
        ContentItem item = ContentFactory.eINSTANCE.createContentItem();
        item.setId("item-" + id);
        item.setName(text);
        Variant variant = ContentFactory.eINSTANCE.createVariant();
        variant.setId(item.getId() + "-v1");
        variant.setChannel(channel);
        variant.setText(text);
        item.getVariants().add(variant);
        ScheduledPublication publication = ContentFactory.eINSTANCE.createScheduledPublication();
        publication.setId(variant.getId() + "-pub");
        publication.setState(PublicationState.DRAFT);
        variant.getPublications().add(publication);
        workspace.content().getItems().add(item);
        return publication;
    }

    private static IConnectorResolver resolver(String instance, MastodonConnector connector) {
        Map<String, IConnectorResolver.Binding> bindings = new HashMap<>();
        return channel -> bindings.computeIfAbsent(channel.getAccountHandle(), account -> binding(instance, connector, account));
    }

    private static IConnectorResolver.Binding binding(String instance, MastodonConnector connector, String account) {
        MemoryAccountSecrets secrets = new MemoryAccountSecrets();
        secrets.put("accessToken", "token-" + account);
        return new IConnectorResolver.Binding(connector,
                new ChannelAccount(MASTODON, account, Map.of(AccountProfile.BASE_URL, instance)), secrets);
    }

    /** A Mastodon instance on the loopback interface that answers every new status at once. */
    private static final class Loopback implements AutoCloseable {
        private final HttpServer server;
        private final ExecutorService executor = Executors.newFixedThreadPool(4);
        private final Map<String, String> idsByKey = new ConcurrentHashMap<>();
        private final AtomicInteger nextId = new AtomicInteger(1000);

        Loopback() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
            server.createContext("/api/v1/statuses", this::statuses);
            server.setExecutor(executor);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        int posts() {
            return idsByKey.size();
        }

        private void statuses(HttpExchange exchange) throws IOException {
            try (exchange) {
                try (InputStream in = exchange.getRequestBody()) {
                    in.readAllBytes();
                }
                String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                String id = idsByKey.computeIfAbsent(key == null ? "no-key-" + nextId.get() : key,
                        k -> Integer.toString(nextId.incrementAndGet()));
                byte[] body = String.format(Locale.ROOT,
                        "{\"id\":\"%s\",\"url\":\"%s/@chorus/%s\",\"created_at\":\"2026-10-24T07:00:00.000Z\"}", id, url(), id)
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
