package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.api.dto.MarketplaceActionBody;
import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.market.MarketplaceAction;
import io.imsservice.domain.market.MarketplacePublishing;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Marketplace publishing flow of private images. The real IMS runs it internally and offers no public API for
 * it, so these paths are an emulator extension that lets clients reach the Marketplace states and their errors.
 */
@Path("/")
@Tag(name = MarketplaceResource.TAG, description = "Publishing private images to the Marketplace; the real IMS has "
        + "no public API for this flow")
@Produces(MediaType.APPLICATION_JSON)
public class MarketplaceResource {
    static final String TAG = "Marketplace (emulator extension)";

    private final CurrentCaller currentCaller;
    private final MarketplacePublishing publishing;

    public MarketplaceResource(CurrentCaller currentCaller, MarketplacePublishing publishing) {
        this.currentCaller = currentCaller;
        this.publishing = publishing;
    }

    @POST
    @Path("v1/cloudimages/{image_id}/marketplace")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "EmulatorUpdateMarketplaceState",
            summary = "Publish, confirm, fail or withdraw an image in the Marketplace",
            description = "publish moves an active private image to publishing and gives it a product code; "
                    + "confirm makes it a protected Marketplace image; fail ends a publication; withdraw makes a "
                    + "published image private again.")
    public Uni<Map<String, Object>> updateMarketplaceState(@PathParam("image_id") String imageId,
            MarketplaceActionBody body) {
        Caller caller = currentCaller.get();
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }
        MarketplaceAction action = MarketplaceAction.fromWireValue(body.action())
                .orElseThrow(() -> ImsError.MARKETPLACE_OPERATION_UNKNOWN.exception("action " + body.action()));

        return publishing.apply(caller, imageId, action)
                .map(MarketplaceJson::render);
    }

    @GET
    @Path("v1/cloudimages/{image_id}/marketplace")
    @Operation(operationId = "EmulatorShowMarketplaceState", summary = "Show an image's Marketplace state")
    public Uni<Map<String, Object>> showMarketplaceState(@PathParam("image_id") String imageId) {
        Caller caller = currentCaller.get();

        return publishing.findImage(caller, imageId)
                .map(MarketplaceJson::render);
    }
}
