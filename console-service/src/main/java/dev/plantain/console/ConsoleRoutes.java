package dev.plantain.console;

import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The console's addresses on Vert.x Web. Pages and forms run on worker threads (they may read Kafka); every error
 * becomes a page that says what to do ({@link ConsoleException}), never a stack trace.
 */
@ApplicationScoped
public class ConsoleRoutes {

    private static final Logger LOG = Logger.getLogger(ConsoleRoutes.class);
    private static final String HTML = "text/html; charset=utf-8";
    /** A form holds at most a prompt (2000 characters, a few bytes each) and a few options. */
    private static final long FORM_LIMIT = 64 * 1024;

    @Inject
    ConsolePages pages;

    @Inject
    ConsoleActions actions;

    @Inject
    Images images;

    @Inject
    JobStore store;

    void routes(@Observes Router router) {
        router.get("/")
                .blockingHandler(
                        ctx -> page(
                                ctx,
                                () -> pages.jobs(
                                        ctx.queryParams().get("status"),
                                        ctx.queryParams().get("label"))),
                        false);
        router.get("/rows")
                .blockingHandler(
                        ctx -> page(
                                ctx,
                                () -> pages.rows(
                                        ctx.queryParams().get("status"),
                                        ctx.queryParams().get("label"))),
                        false);
        router.get("/updates").handler(this::updates);
        router.get("/stages").blockingHandler(ctx -> page(ctx, pages::stages), false);
        router.get("/jobs/:id/result.json")
                .blockingHandler(
                        ctx -> respond(ctx, () -> {
                            String id = ctx.pathParam("id");
                            String json = pages.resultJson(id);
                            ctx.response()
                                    .putHeader("Content-Type", "application/json")
                                    .putHeader("Content-Disposition", "attachment; filename=\"" + id + ".json\"")
                                    .end(json);
                        }),
                        false);
        router.get("/jobs/:id")
                .blockingHandler(
                        ctx -> page(
                                ctx,
                                () -> pages.job(
                                        ctx.pathParam("id"), ctx.queryParams().get("replayed"))),
                        false);
        router.get("/blobs/:digest")
                .blockingHandler(
                        ctx -> respond(ctx, () -> {
                            Images.Image image = images.image(ctx.pathParam("digest"));
                            ctx.response()
                                    .putHeader("Content-Type", image.type())
                                    // Content-addressed: the bytes behind a reference never change.
                                    .putHeader("Cache-Control", "public, max-age=31536000, immutable")
                                    .putHeader("X-Content-Type-Options", "nosniff")
                                    .end(io.vertx.core.buffer.Buffer.buffer(image.bytes()));
                        }),
                        false);
        router.post("/submit").handler(BodyHandler.create().setBodyLimit(FORM_LIMIT));
        router.post("/submit").blockingHandler(ctx -> redirect(ctx, () -> actions.submit(form(ctx))), false);
        router.post("/jobs/:id/replay").handler(BodyHandler.create().setBodyLimit(FORM_LIMIT));
        router.post("/jobs/:id/replay")
                .blockingHandler(ctx -> redirect(ctx, () -> actions.replay(ctx.pathParam("id"), form(ctx))), false);
    }

    /** Server-sent events: {@code job <id>} when a job changes, {@code broker up} or {@code broker down}. */
    private void updates(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        response.setChunked(true).putHeader("Content-Type", "text/event-stream").putHeader("Cache-Control", "no-cache");
        response.write(": following\n\n");
        Context context = Vertx.currentContext();
        Cancellable subscription = store.changes()
                .subscribe()
                .with(change -> context.runOnContext(v -> {
                    if (!response.closed()) {
                        response.write("data: " + change + "\n\n");
                    }
                }));
        response.closeHandler(v -> subscription.cancel());
    }

    private static Map<String, String> form(RoutingContext ctx) {
        Map<String, String> form = new HashMap<>();
        ctx.request().formAttributes().forEach(e -> form.put(e.getKey(), e.getValue()));
        return form;
    }

    private void page(RoutingContext ctx, Supplier<String> html) {
        respond(ctx, () -> ctx.response().putHeader("Content-Type", HTML).end(html.get()));
    }

    private void redirect(RoutingContext ctx, Supplier<String> location) {
        respond(
                ctx,
                () -> ctx.response()
                        .setStatusCode(303)
                        .putHeader("Location", location.get())
                        .end());
    }

    private void respond(RoutingContext ctx, Runnable handler) {
        try {
            handler.run();
        } catch (ConsoleException e) {
            error(ctx, e.status(), e.title(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s %s failed", ctx.request().method(), ctx.request().path());
            error(ctx, 500, "Something went wrong", "The console failed on this request; its log says why.");
        }
    }

    private void error(RoutingContext ctx, int status, String title, String message) {
        if (!ctx.response().ended()) {
            ctx.response().setStatusCode(status).putHeader("Content-Type", HTML).end(pages.error(title, message));
        }
    }
}
