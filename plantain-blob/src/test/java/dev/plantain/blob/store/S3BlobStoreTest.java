package dev.plantain.blob.store;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The S3 store against a real S3 API server (s3proxy on a filesystem backend) started in this JVM. */
class S3BlobStoreTest extends BlobStoreContract {

    private static S3Proxy proxy;
    private static S3BlobStore store;

    @BeforeAll
    static void startS3() throws Exception {
        Path base = Files.createTempDirectory("s3proxy");
        Properties props = new Properties();
        props.setProperty("jclouds.filesystem.basedir", base.toString());
        BlobStoreContext context = ContextBuilder.newBuilder("filesystem")
                .credentials("identity", "credential")
                .overrides(props)
                .build(BlobStoreContext.class);
        context.getBlobStore().createContainerInLocation(null, "plantain");
        proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(org.gaul.s3proxy.AuthenticationType.AWS_V2_OR_V4, "access", "secret")
                .build();
        proxy.start();
        while (!proxy.getState().equals("STARTED")) {
            Thread.onSpinWait();
        }
        store = new S3BlobStore(new S3BlobStore.Settings(
                "http://127.0.0.1:" + proxy.getPort(), "us-east-1", "plantain", "blobs/", "access", "secret"));
    }

    @AfterAll
    static void stopS3() throws Exception {
        store.close();
        proxy.stop();
    }

    @Override
    BlobStore store() {
        return store;
    }
}
