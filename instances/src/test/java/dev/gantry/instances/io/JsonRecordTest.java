package dev.gantry.instances.io;

import dev.gantry.modeling.api.InputFormatException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonRecordTest {

    private static JsonRecord parse(String text) {
        return JsonInput.parse("r.json", text, parser -> JsonRecord.read(parser, "r.json", "item"));
    }

    @Test
    void readsTypedFieldsAndTheirLines() {
        JsonRecord record = parse("\n{\"name\": \"a\",\n \"count\": 3,\n \"ratio\": 0.5, \"gone\": null}");

        assertThat(record.line()).isEqualTo(2);
        assertThat(record.text("name")).isEqualTo("a");
        assertThat(record.integer("count")).isEqualTo(3L);
        assertThat(record.smallInteger("count")).isEqualTo(3);
        assertThat(record.number("ratio")).isEqualTo(0.5);
        assertThat(record.text("gone")).isNull();
        assertThat(record.integer("absent")).isNull();
        assertThat(record.lineOf("count")).isEqualTo(3);
        assertThat(record.lineOf("absent")).isEqualTo(2);
    }

    @Test
    void wrongTypesNameFileLineAndFieldPath() {
        JsonRecord record = parse("{\"a\": \"abc\",\n\"b\": 1.5,\n\"c\": 3000000000,\n\"d\": 7,\n\"e\": [1],\n"
                + "\"f\": 99999999999999999999}");

        assertThatThrownBy(() -> record.integer("a")).isInstanceOf(InputFormatException.class)
                .hasMessage("r.json:1: item.a: expected an integer, found \"abc\"");
        assertThatThrownBy(() -> record.integer("b"))
                .hasMessage("r.json:2: item.b: expected an integer, found 1.5");
        assertThatThrownBy(() -> record.smallInteger("c"))
                .hasMessage("r.json:3: item.c: expected an integer in the 32-bit range, found 3000000000");
        assertThatThrownBy(() -> record.text("d"))
                .hasMessage("r.json:4: item.d: expected a string, found 7");
        assertThatThrownBy(() -> record.number("e"))
                .hasMessage("r.json:5: item.e: expected a number, found an array");
        assertThatThrownBy(() -> record.integer("f"))
                .hasMessage("r.json:6: item.f: expected an integer in the 64-bit range, found 99999999999999999999");
    }

    @Test
    void duplicateFieldIsBadInput() {
        assertThatThrownBy(() -> parse("{\"start\": 1,\n \"start\": 2}"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("r.json:2: item.start: duplicate field (first at line 1)");
    }

    @Test
    void malformedJsonReportsJacksonsLine() {
        assertThatThrownBy(() -> parse("{\"a\": 1,\n\n \"b\" 2}"))
                .isInstanceOf(InputFormatException.class)
                .satisfies(e -> {
                    InputFormatException ife = (InputFormatException) e;
                    assertThat(ife.source()).isEqualTo("r.json");
                    assertThat(ife.line()).isEqualTo(3);
                    assertThat(ife.field()).isEqualTo("json");
                    assertThat(ife.problem()).startsWith("malformed JSON: Unexpected character");
                });
    }

    @Test
    void emptyTextAndTrailingContentAreBadInput() {
        assertThatThrownBy(() -> parse("  \n"))
                .hasMessage("r.json: json: the file is empty; expected a JSON document");
        assertThatThrownBy(() -> parse("{}\n{}"))
                .hasMessage("r.json:2: json: unexpected content after the end of the JSON document");
    }

    @Test
    void notAnObjectIsBadInput() {
        assertThatThrownBy(() -> parse("\n[1, 2]"))
                .hasMessage("r.json:2: item: expected an object, found an array");
    }
}
