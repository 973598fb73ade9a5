package io.imsservice.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ErrorCatalogContentTest {

    private static String catalogText;
    private static List<CatalogEntry> entries;

    @BeforeAll
    static void readCatalog() throws IOException {
        try (InputStream in = ErrorCatalogContentTest.class.getClassLoader()
                .getResourceAsStream(ErrorCatalog.RESOURCE)) {
            catalogText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (InputStream in = ErrorCatalogContentTest.class.getClassLoader()
                .getResourceAsStream(ErrorCatalog.RESOURCE)) {
            entries = ErrorCatalogReader.parse(in, ErrorCatalog.RESOURCE);
        }
    }

    @Test
    void catalogHasEveryTableRow() {
        assertThat(entries).hasSize(153);
    }

    @Test
    void catalogHas152DistinctCodes() {
        Set<String> codes = entries.stream()
                .map(CatalogEntry::code)
                .collect(Collectors.toSet());

        assertThat(codes).hasSize(152);
    }

    @Test
    void entriesFollowTableOrder() {
        assertThat(entries.get(0).code()).isEqualTo("IMG.0001");
        assertThat(entries.get(152).code()).isEqualTo("IMG.0159");
    }

    @Test
    void duplicatedCodeHasBothVariants() {
        List<CatalogEntry> replication = entries.stream()
                .filter(entry -> entry.code().equals("IMG.0143"))
                .toList();

        assertThat(replication).extracting(CatalogEntry::variant)
                .containsExactly("same-region", "encrypted-image");
        assertThat(replication.get(0).message()).isEqualTo("Replication must be performed across regions.");
        assertThat(replication.get(1).message()).isEqualTo("An encrypted image cannot be replicated cross regions.");
    }

    @Test
    void singleMessageCodesUseDefaultVariant() {
        assertThat(entries)
                .filteredOn(entry -> !entry.code().equals("IMG.0143"))
                .allSatisfy(entry -> assertThat(entry.variant()).isEqualTo(ImsError.DEFAULT_VARIANT));
    }

    @Test
    void messagesKeepTableWordingVerbatim() {
        assertThat(entry("IMG.0004").message()).isEqualTo("The image name contains more than 1024 characters.");
        assertThat(entry("IMG.0037").message()).isEqualTo("An error occurred in the AK/SK was obtained.");
        assertThat(entry("IMG.0081").message())
                .isEqualTo("The image cannot be exported because it is created from an image file.");
        assertThat(entry("IMG.0139").message()).isEqualTo("Other disks on the VM are being used to created VMs.");
    }

    @Test
    void markupInsideCellsIsStripped() {
        assertThat(entry("IMG.0011").message()).isEqualTo("forceCreate must be set to true.");
        assertThat(entry("IMG.0036").message())
                .isEqualTo("An error occurred when the value of asumeToken was obtained.");
        assertThat(entry("IMG.0088").descriptionZh()).isEqualTo("当前用户已经超过镜像共享配额。");
    }

    @Test
    void chineseColumnsAreRead() {
        assertThat(entry("IMG.0001").descriptionZh()).isEqualTo("请求消息格式非法。");
        assertThat(entry("IMG.0001").remedyZh()).containsExactly("请使用正确的请求消息格式");
    }

    @Test
    void remedyBulletsBecomeListItems() {
        assertThat(entry("IMG.0003").remedyZh()).containsExactly(
                "镜像名称。",
                "名称的首尾字母不能为空格",
                "名称的长度为1~128位",
                "名称包含以下4种字符",
                "大写字母",
                "小写字母",
                "数字",
                "特殊字符包含-, ., _和空格");
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(entry("IMG.0054").remedyZh().get(0)).contains("不支持回车、<，>，");
        assertThat(catalogText).doesNotContain("&nbsp;");
        assertThat(catalogText).doesNotContain("&middot;");
        assertThat(catalogText).doesNotContain("&lt;");
        assertThat(catalogText).doesNotContain("\u00a0");
        assertThat(catalogText).doesNotContain("\u00b7");
    }

    @Test
    void textHasNoMarkupOrStrayWhitespace() {
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.message()).doesNotContain("<", ">", "  ").isEqualTo(entry.message().strip());
            assertThat(entry.descriptionZh()).doesNotContain("<", "  ").isEqualTo(entry.descriptionZh().strip());
            assertThat(entry.remedyZh()).isNotEmpty();
        });
    }

    @Test
    void everyTableStatusIs400() {
        assertThat(entries).allSatisfy(entry -> assertThat(entry.status()).isEqualTo(400));
    }

    @Test
    void kindsFollowMeaning() {
        assertThat(entry("IMG.0144").kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(entry("IMG.0026").kind()).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(entry("IMG.0009").kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(entry("IMG.0015").kind()).isEqualTo(ErrorKind.QUOTA);
        assertThat(entry("IMG.0060").kind()).isEqualTo(ErrorKind.THROTTLED);
        assertThat(entry("IMG.0064").kind()).isEqualTo(ErrorKind.DEPENDENCY_FAILURE);
        assertThat(entry("IMG.0001").kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
    }

    @Test
    void imsErrorMatchesCatalogKeys() {
        Set<String> constantKeys = Arrays.stream(ImsError.values())
                .map(error -> error.code() + "/" + error.variant())
                .collect(Collectors.toSet());
        Set<String> catalogKeys = entries.stream()
                .map(CatalogEntry::key)
                .collect(Collectors.toSet());

        assertThat(constantKeys).isEqualTo(catalogKeys);
    }

    @Test
    void imsErrorHasOneConstantPerRow() {
        assertThat(ImsError.values()).hasSize(entries.size());
    }

    private static CatalogEntry entry(String code) {
        return entries.stream()
                .filter(entry -> entry.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
