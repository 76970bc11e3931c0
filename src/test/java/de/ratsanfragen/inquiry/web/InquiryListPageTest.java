package de.ratsanfragen.inquiry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.ratsanfragen.DemoInquiries;
import de.ratsanfragen.ServiceTestSupport;
import org.junit.jupiter.api.Test;

/** {@code /anfragen} is the OB office's start page too: it lists the newest inquiries and says how many there are. */
class InquiryListPageTest extends ServiceTestSupport {

    @Test
    void theListShowsTheNewestAndSaysThatThereAreMore() {
        int existing = as("ob").get("/api/inquiries").then().statusCode(200).extract().jsonPath().getList("$").size();
        for (int i = existing; i <= InquiryPages.LISTED; i++) {
            DemoInquiries.submit("Eine von vielen " + i, "V: D01/ A11");
        }
        String newest = DemoInquiries.submit("Die neueste", "V: D01/ A11").reference();
        int total = as("ob").get("/api/inquiries").then().extract().jsonPath().getList("$").size();
        assertThat(total).isGreaterThan(InquiryPages.LISTED);

        String page = as("ob").get("/anfragen").then().statusCode(200).extract().asString();
        List<String> references = java.util.regex.Pattern.compile("<td class=\"reference\"><a href=\"/anfragen/[0-9a-f-]+\">(ANF-[0-9-]+)</a></td>").matcher(page)
                .results().map(match -> match.group(1)).toList();
        assertThat(references).hasSize(InquiryPages.LISTED).first().isEqualTo(newest);
        assertThat(page).contains("Gezeigt werden die " + InquiryPages.LISTED + " neuesten von " + total
                        + " Anfragen; alle offenen zeigt der Fristenmonitor, alle über die Schnittstelle GET /api/inquiries.");
    }
}
