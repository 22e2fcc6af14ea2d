// Generated from openapi/openapi.yaml by codegen/templates/model.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.model;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Objects;
import kz.onelink.sdk.internal.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * The intake form: 80 answers, more than the 63 a one-{@code long} bit set could track, so this
 * model proves the templates have no property cap (it must compile).
 *
 * <p>Unknown JSON keys are ignored, so newer servers can add fields. A nullable property set to
 * {@code null} with its setter is sent as JSON {@code null} (which clears it on update); a property
 * never set is left out of the request.
 */
public final class Questionnaire {
  private @Nullable String answer01;
  private @Nullable Integer answer02;
  private @Nullable Boolean answer03;
  private @Nullable OffsetDateTime answer04;

  /** {@code answer_04} as received, parsed into {@code answer04} on first use. */
  private @Nullable String answer04Text;

  private @Nullable String answer05;

  /** {@code answer_05} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer05IsNull;

  private @Nullable String answer06;
  private @Nullable Integer answer07;
  private @Nullable Boolean answer08;
  private @Nullable OffsetDateTime answer09;

  /** {@code answer_09} as received, parsed into {@code answer09} on first use. */
  private @Nullable String answer09Text;

  private @Nullable String answer10;

  /** {@code answer_10} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer10IsNull;

  private @Nullable String answer11;
  private @Nullable Integer answer12;
  private @Nullable Boolean answer13;
  private @Nullable OffsetDateTime answer14;

  /** {@code answer_14} as received, parsed into {@code answer14} on first use. */
  private @Nullable String answer14Text;

  private @Nullable String answer15;

  /** {@code answer_15} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer15IsNull;

  private @Nullable String answer16;
  private @Nullable Integer answer17;
  private @Nullable Boolean answer18;
  private @Nullable OffsetDateTime answer19;

  /** {@code answer_19} as received, parsed into {@code answer19} on first use. */
  private @Nullable String answer19Text;

  private @Nullable String answer20;

  /** {@code answer_20} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer20IsNull;

  private @Nullable String answer21;
  private @Nullable Integer answer22;
  private @Nullable Boolean answer23;
  private @Nullable OffsetDateTime answer24;

  /** {@code answer_24} as received, parsed into {@code answer24} on first use. */
  private @Nullable String answer24Text;

  private @Nullable String answer25;

  /** {@code answer_25} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer25IsNull;

  private @Nullable String answer26;
  private @Nullable Integer answer27;
  private @Nullable Boolean answer28;
  private @Nullable OffsetDateTime answer29;

  /** {@code answer_29} as received, parsed into {@code answer29} on first use. */
  private @Nullable String answer29Text;

  private @Nullable String answer30;

  /** {@code answer_30} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer30IsNull;

  private @Nullable String answer31;
  private @Nullable Integer answer32;
  private @Nullable Boolean answer33;
  private @Nullable OffsetDateTime answer34;

  /** {@code answer_34} as received, parsed into {@code answer34} on first use. */
  private @Nullable String answer34Text;

  private @Nullable String answer35;

  /** {@code answer_35} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer35IsNull;

  private @Nullable String answer36;
  private @Nullable Integer answer37;
  private @Nullable Boolean answer38;
  private @Nullable OffsetDateTime answer39;

  /** {@code answer_39} as received, parsed into {@code answer39} on first use. */
  private @Nullable String answer39Text;

  private @Nullable String answer40;

  /** {@code answer_40} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer40IsNull;

  private @Nullable String answer41;
  private @Nullable Integer answer42;
  private @Nullable Boolean answer43;
  private @Nullable OffsetDateTime answer44;

  /** {@code answer_44} as received, parsed into {@code answer44} on first use. */
  private @Nullable String answer44Text;

  private @Nullable String answer45;

  /** {@code answer_45} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer45IsNull;

  private @Nullable String answer46;
  private @Nullable Integer answer47;
  private @Nullable Boolean answer48;
  private @Nullable OffsetDateTime answer49;

  /** {@code answer_49} as received, parsed into {@code answer49} on first use. */
  private @Nullable String answer49Text;

  private @Nullable String answer50;

  /** {@code answer_50} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer50IsNull;

  private @Nullable String answer51;
  private @Nullable Integer answer52;
  private @Nullable Boolean answer53;
  private @Nullable OffsetDateTime answer54;

  /** {@code answer_54} as received, parsed into {@code answer54} on first use. */
  private @Nullable String answer54Text;

  private @Nullable String answer55;

  /** {@code answer_55} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer55IsNull;

  private @Nullable String answer56;
  private @Nullable Integer answer57;
  private @Nullable Boolean answer58;
  private @Nullable OffsetDateTime answer59;

  /** {@code answer_59} as received, parsed into {@code answer59} on first use. */
  private @Nullable String answer59Text;

  private @Nullable String answer60;

  /** {@code answer_60} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer60IsNull;

  private @Nullable String answer61;
  private @Nullable Integer answer62;
  private @Nullable Boolean answer63;
  private @Nullable OffsetDateTime answer64;

  /** {@code answer_64} as received, parsed into {@code answer64} on first use. */
  private @Nullable String answer64Text;

  private @Nullable String answer65;

  /** {@code answer_65} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer65IsNull;

  private @Nullable String answer66;
  private @Nullable Integer answer67;
  private @Nullable Boolean answer68;
  private @Nullable OffsetDateTime answer69;

  /** {@code answer_69} as received, parsed into {@code answer69} on first use. */
  private @Nullable String answer69Text;

  private @Nullable String answer70;

  /** {@code answer_70} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer70IsNull;

  private @Nullable String answer71;
  private @Nullable Integer answer72;
  private @Nullable Boolean answer73;
  private @Nullable OffsetDateTime answer74;

  /** {@code answer_74} as received, parsed into {@code answer74} on first use. */
  private @Nullable String answer74Text;

  private @Nullable String answer75;

  /** {@code answer_75} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer75IsNull;

  private @Nullable String answer76;
  private @Nullable Integer answer77;
  private @Nullable Boolean answer78;
  private @Nullable OffsetDateTime answer79;

  /** {@code answer_79} as received, parsed into {@code answer79} on first use. */
  private @Nullable String answer79Text;

  private @Nullable String answer80;

  /** {@code answer_80} is an explicit null (the field is null too): sent as JSON null. */
  private boolean answer80IsNull;

  /** Creates an instance with no property set. */
  public Questionnaire() {}

  /**
   * Returns a copy of this object: the same properties set, explicit nulls included. Lists and maps
   * are shared, not copied.
   */
  public Questionnaire copy() {
    Questionnaire copy = new Questionnaire();
    copy.answer01 = answer01;
    copy.answer02 = answer02;
    copy.answer03 = answer03;
    copy.answer04 = answer04;
    copy.answer04Text = answer04Text;
    copy.answer05 = answer05;
    copy.answer05IsNull = answer05IsNull;
    copy.answer06 = answer06;
    copy.answer07 = answer07;
    copy.answer08 = answer08;
    copy.answer09 = answer09;
    copy.answer09Text = answer09Text;
    copy.answer10 = answer10;
    copy.answer10IsNull = answer10IsNull;
    copy.answer11 = answer11;
    copy.answer12 = answer12;
    copy.answer13 = answer13;
    copy.answer14 = answer14;
    copy.answer14Text = answer14Text;
    copy.answer15 = answer15;
    copy.answer15IsNull = answer15IsNull;
    copy.answer16 = answer16;
    copy.answer17 = answer17;
    copy.answer18 = answer18;
    copy.answer19 = answer19;
    copy.answer19Text = answer19Text;
    copy.answer20 = answer20;
    copy.answer20IsNull = answer20IsNull;
    copy.answer21 = answer21;
    copy.answer22 = answer22;
    copy.answer23 = answer23;
    copy.answer24 = answer24;
    copy.answer24Text = answer24Text;
    copy.answer25 = answer25;
    copy.answer25IsNull = answer25IsNull;
    copy.answer26 = answer26;
    copy.answer27 = answer27;
    copy.answer28 = answer28;
    copy.answer29 = answer29;
    copy.answer29Text = answer29Text;
    copy.answer30 = answer30;
    copy.answer30IsNull = answer30IsNull;
    copy.answer31 = answer31;
    copy.answer32 = answer32;
    copy.answer33 = answer33;
    copy.answer34 = answer34;
    copy.answer34Text = answer34Text;
    copy.answer35 = answer35;
    copy.answer35IsNull = answer35IsNull;
    copy.answer36 = answer36;
    copy.answer37 = answer37;
    copy.answer38 = answer38;
    copy.answer39 = answer39;
    copy.answer39Text = answer39Text;
    copy.answer40 = answer40;
    copy.answer40IsNull = answer40IsNull;
    copy.answer41 = answer41;
    copy.answer42 = answer42;
    copy.answer43 = answer43;
    copy.answer44 = answer44;
    copy.answer44Text = answer44Text;
    copy.answer45 = answer45;
    copy.answer45IsNull = answer45IsNull;
    copy.answer46 = answer46;
    copy.answer47 = answer47;
    copy.answer48 = answer48;
    copy.answer49 = answer49;
    copy.answer49Text = answer49Text;
    copy.answer50 = answer50;
    copy.answer50IsNull = answer50IsNull;
    copy.answer51 = answer51;
    copy.answer52 = answer52;
    copy.answer53 = answer53;
    copy.answer54 = answer54;
    copy.answer54Text = answer54Text;
    copy.answer55 = answer55;
    copy.answer55IsNull = answer55IsNull;
    copy.answer56 = answer56;
    copy.answer57 = answer57;
    copy.answer58 = answer58;
    copy.answer59 = answer59;
    copy.answer59Text = answer59Text;
    copy.answer60 = answer60;
    copy.answer60IsNull = answer60IsNull;
    copy.answer61 = answer61;
    copy.answer62 = answer62;
    copy.answer63 = answer63;
    copy.answer64 = answer64;
    copy.answer64Text = answer64Text;
    copy.answer65 = answer65;
    copy.answer65IsNull = answer65IsNull;
    copy.answer66 = answer66;
    copy.answer67 = answer67;
    copy.answer68 = answer68;
    copy.answer69 = answer69;
    copy.answer69Text = answer69Text;
    copy.answer70 = answer70;
    copy.answer70IsNull = answer70IsNull;
    copy.answer71 = answer71;
    copy.answer72 = answer72;
    copy.answer73 = answer73;
    copy.answer74 = answer74;
    copy.answer74Text = answer74Text;
    copy.answer75 = answer75;
    copy.answer75IsNull = answer75IsNull;
    copy.answer76 = answer76;
    copy.answer77 = answer77;
    copy.answer78 = answer78;
    copy.answer79 = answer79;
    copy.answer79Text = answer79Text;
    copy.answer80 = answer80;
    copy.answer80IsNull = answer80IsNull;
    return copy;
  }

  /**
   * The {@code answer_01} property.
   *
   * <p>JSON {@code answer_01}; absent on some servers.
   */
  public @Nullable String getAnswer01() {
    return answer01;
  }

  /** Sets {@code answer_01}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer01(@Nullable String answer01) {
    this.answer01 = answer01;
    return this;
  }

  /** Sets {@code answer_01}, as {@link #answer01}. */
  public void setAnswer01(@Nullable String answer01) {
    answer01(answer01);
  }

  /**
   * The {@code answer_02} property.
   *
   * <p>JSON {@code answer_02}; absent on some servers.
   */
  public @Nullable Integer getAnswer02() {
    return answer02;
  }

  /** Sets {@code answer_02}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer02(@Nullable Integer answer02) {
    Json.checkRange(answer02, 0L, 10L, "Questionnaire.answer_02");
    this.answer02 = answer02;
    return this;
  }

  /** Sets {@code answer_02}, as {@link #answer02}. */
  public void setAnswer02(@Nullable Integer answer02) {
    answer02(answer02);
  }

  /**
   * The {@code answer_03} property.
   *
   * <p>JSON {@code answer_03}; never null on a decoded response.
   */
  public Boolean getAnswer03() {
    return answer03;
  }

  /** Sets {@code answer_03}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer03(@Nullable Boolean answer03) {
    this.answer03 = answer03;
    return this;
  }

  /** Sets {@code answer_03}, as {@link #answer03}. */
  public void setAnswer03(@Nullable Boolean answer03) {
    answer03(answer03);
  }

  /**
   * The {@code answer_04} property.
   *
   * <p>JSON {@code answer_04}; absent on some servers.
   */
  public @Nullable OffsetDateTime getAnswer04() {
    if (answer04 == null && answer04Text != null) {
      answer04 = Json.parseDateTime(answer04Text); // checked when decoded; parsing is idempotent
    }
    return answer04;
  }

  /** Sets {@code answer_04}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer04(@Nullable OffsetDateTime answer04) {
    this.answer04 = answer04;
    this.answer04Text = null;
    return this;
  }

  /** Sets {@code answer_04}, as {@link #answer04}. */
  public void setAnswer04(@Nullable OffsetDateTime answer04) {
    answer04(answer04);
  }

  /**
   * The {@code answer_05} property.
   *
   * <p>JSON {@code answer_05}; may be null; absent on some servers.
   */
  public @Nullable String getAnswer05() {
    return answer05;
  }

  /** Sets {@code answer_05}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer05(@Nullable String answer05) {
    this.answer05 = answer05;
    this.answer05IsNull = answer05 == null;
    return this;
  }

  /** Sets {@code answer_05}, as {@link #answer05}. */
  public void setAnswer05(@Nullable String answer05) {
    answer05(answer05);
  }

  /**
   * The {@code answer_06} property.
   *
   * <p>JSON {@code answer_06}; never null on a decoded response.
   */
  public String getAnswer06() {
    return answer06;
  }

  /** Sets {@code answer_06}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer06(@Nullable String answer06) {
    this.answer06 = answer06;
    return this;
  }

  /** Sets {@code answer_06}, as {@link #answer06}. */
  public void setAnswer06(@Nullable String answer06) {
    answer06(answer06);
  }

  /**
   * The {@code answer_07} property.
   *
   * <p>JSON {@code answer_07}; absent on some servers.
   */
  public @Nullable Integer getAnswer07() {
    return answer07;
  }

  /** Sets {@code answer_07}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer07(@Nullable Integer answer07) {
    Json.checkRange(answer07, 0L, 10L, "Questionnaire.answer_07");
    this.answer07 = answer07;
    return this;
  }

  /** Sets {@code answer_07}, as {@link #answer07}. */
  public void setAnswer07(@Nullable Integer answer07) {
    answer07(answer07);
  }

  /**
   * The {@code answer_08} property.
   *
   * <p>JSON {@code answer_08}; absent on some servers.
   */
  public @Nullable Boolean getAnswer08() {
    return answer08;
  }

  /** Sets {@code answer_08}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer08(@Nullable Boolean answer08) {
    this.answer08 = answer08;
    return this;
  }

  /** Sets {@code answer_08}, as {@link #answer08}. */
  public void setAnswer08(@Nullable Boolean answer08) {
    answer08(answer08);
  }

  /**
   * The {@code answer_09} property.
   *
   * <p>JSON {@code answer_09}; never null on a decoded response.
   */
  public OffsetDateTime getAnswer09() {
    if (answer09 == null && answer09Text != null) {
      answer09 = Json.parseDateTime(answer09Text); // checked when decoded; parsing is idempotent
    }
    return answer09;
  }

  /** Sets {@code answer_09}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer09(@Nullable OffsetDateTime answer09) {
    this.answer09 = answer09;
    this.answer09Text = null;
    return this;
  }

  /** Sets {@code answer_09}, as {@link #answer09}. */
  public void setAnswer09(@Nullable OffsetDateTime answer09) {
    answer09(answer09);
  }

  /**
   * The {@code answer_10} property.
   *
   * <p>JSON {@code answer_10}; may be null; absent on some servers.
   */
  public @Nullable String getAnswer10() {
    return answer10;
  }

  /** Sets {@code answer_10}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer10(@Nullable String answer10) {
    this.answer10 = answer10;
    this.answer10IsNull = answer10 == null;
    return this;
  }

  /** Sets {@code answer_10}, as {@link #answer10}. */
  public void setAnswer10(@Nullable String answer10) {
    answer10(answer10);
  }

  /**
   * The {@code answer_11} property.
   *
   * <p>JSON {@code answer_11}; absent on some servers.
   */
  public @Nullable String getAnswer11() {
    return answer11;
  }

  /** Sets {@code answer_11}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer11(@Nullable String answer11) {
    this.answer11 = answer11;
    return this;
  }

  /** Sets {@code answer_11}, as {@link #answer11}. */
  public void setAnswer11(@Nullable String answer11) {
    answer11(answer11);
  }

  /**
   * The {@code answer_12} property.
   *
   * <p>JSON {@code answer_12}; never null on a decoded response.
   */
  public Integer getAnswer12() {
    return answer12;
  }

  /** Sets {@code answer_12}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer12(@Nullable Integer answer12) {
    Json.checkRange(answer12, 0L, 10L, "Questionnaire.answer_12");
    this.answer12 = answer12;
    return this;
  }

  /** Sets {@code answer_12}, as {@link #answer12}. */
  public void setAnswer12(@Nullable Integer answer12) {
    answer12(answer12);
  }

  /**
   * The {@code answer_13} property.
   *
   * <p>JSON {@code answer_13}; absent on some servers.
   */
  public @Nullable Boolean getAnswer13() {
    return answer13;
  }

  /** Sets {@code answer_13}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer13(@Nullable Boolean answer13) {
    this.answer13 = answer13;
    return this;
  }

  /** Sets {@code answer_13}, as {@link #answer13}. */
  public void setAnswer13(@Nullable Boolean answer13) {
    answer13(answer13);
  }

  /**
   * The {@code answer_14} property.
   *
   * <p>JSON {@code answer_14}; absent on some servers.
   */
  public @Nullable OffsetDateTime getAnswer14() {
    if (answer14 == null && answer14Text != null) {
      answer14 = Json.parseDateTime(answer14Text); // checked when decoded; parsing is idempotent
    }
    return answer14;
  }

  /** Sets {@code answer_14}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer14(@Nullable OffsetDateTime answer14) {
    this.answer14 = answer14;
    this.answer14Text = null;
    return this;
  }

  /** Sets {@code answer_14}, as {@link #answer14}. */
  public void setAnswer14(@Nullable OffsetDateTime answer14) {
    answer14(answer14);
  }

  /**
   * The {@code answer_15} property.
   *
   * <p>JSON {@code answer_15}; may be null.
   */
  public @Nullable String getAnswer15() {
    return answer15;
  }

  /** Sets {@code answer_15}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer15(@Nullable String answer15) {
    this.answer15 = answer15;
    this.answer15IsNull = answer15 == null;
    return this;
  }

  /** Sets {@code answer_15}, as {@link #answer15}. */
  public void setAnswer15(@Nullable String answer15) {
    answer15(answer15);
  }

  /**
   * The {@code answer_16} property.
   *
   * <p>JSON {@code answer_16}; absent on some servers.
   */
  public @Nullable String getAnswer16() {
    return answer16;
  }

  /** Sets {@code answer_16}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer16(@Nullable String answer16) {
    this.answer16 = answer16;
    return this;
  }

  /** Sets {@code answer_16}, as {@link #answer16}. */
  public void setAnswer16(@Nullable String answer16) {
    answer16(answer16);
  }

  /**
   * The {@code answer_17} property.
   *
   * <p>JSON {@code answer_17}; absent on some servers.
   */
  public @Nullable Integer getAnswer17() {
    return answer17;
  }

  /** Sets {@code answer_17}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer17(@Nullable Integer answer17) {
    Json.checkRange(answer17, 0L, 10L, "Questionnaire.answer_17");
    this.answer17 = answer17;
    return this;
  }

  /** Sets {@code answer_17}, as {@link #answer17}. */
  public void setAnswer17(@Nullable Integer answer17) {
    answer17(answer17);
  }

  /**
   * The {@code answer_18} property.
   *
   * <p>JSON {@code answer_18}; never null on a decoded response.
   */
  public Boolean getAnswer18() {
    return answer18;
  }

  /** Sets {@code answer_18}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer18(@Nullable Boolean answer18) {
    this.answer18 = answer18;
    return this;
  }

  /** Sets {@code answer_18}, as {@link #answer18}. */
  public void setAnswer18(@Nullable Boolean answer18) {
    answer18(answer18);
  }

  /**
   * The {@code answer_19} property.
   *
   * <p>JSON {@code answer_19}; absent on some servers.
   */
  public @Nullable OffsetDateTime getAnswer19() {
    if (answer19 == null && answer19Text != null) {
      answer19 = Json.parseDateTime(answer19Text); // checked when decoded; parsing is idempotent
    }
    return answer19;
  }

  /** Sets {@code answer_19}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer19(@Nullable OffsetDateTime answer19) {
    this.answer19 = answer19;
    this.answer19Text = null;
    return this;
  }

  /** Sets {@code answer_19}, as {@link #answer19}. */
  public void setAnswer19(@Nullable OffsetDateTime answer19) {
    answer19(answer19);
  }

  /**
   * The {@code answer_20} property.
   *
   * <p>JSON {@code answer_20}; may be null; absent on some servers.
   */
  public @Nullable String getAnswer20() {
    return answer20;
  }

  /** Sets {@code answer_20}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer20(@Nullable String answer20) {
    this.answer20 = answer20;
    this.answer20IsNull = answer20 == null;
    return this;
  }

  /** Sets {@code answer_20}, as {@link #answer20}. */
  public void setAnswer20(@Nullable String answer20) {
    answer20(answer20);
  }

  /**
   * The {@code answer_21} property.
   *
   * <p>JSON {@code answer_21}; never null on a decoded response.
   */
  public String getAnswer21() {
    return answer21;
  }

  /** Sets {@code answer_21}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer21(@Nullable String answer21) {
    this.answer21 = answer21;
    return this;
  }

  /** Sets {@code answer_21}, as {@link #answer21}. */
  public void setAnswer21(@Nullable String answer21) {
    answer21(answer21);
  }

  /**
   * The {@code answer_22} property.
   *
   * <p>JSON {@code answer_22}; absent on some servers.
   */
  public @Nullable Integer getAnswer22() {
    return answer22;
  }

  /** Sets {@code answer_22}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer22(@Nullable Integer answer22) {
    Json.checkRange(answer22, 0L, 10L, "Questionnaire.answer_22");
    this.answer22 = answer22;
    return this;
  }

  /** Sets {@code answer_22}, as {@link #answer22}. */
  public void setAnswer22(@Nullable Integer answer22) {
    answer22(answer22);
  }

  /**
   * The {@code answer_23} property.
   *
   * <p>JSON {@code answer_23}; absent on some servers.
   */
  public @Nullable Boolean getAnswer23() {
    return answer23;
  }

  /** Sets {@code answer_23}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer23(@Nullable Boolean answer23) {
    this.answer23 = answer23;
    return this;
  }

  /** Sets {@code answer_23}, as {@link #answer23}. */
  public void setAnswer23(@Nullable Boolean answer23) {
    answer23(answer23);
  }

  /**
   * The {@code answer_24} property.
   *
   * <p>JSON {@code answer_24}; never null on a decoded response.
   */
  public OffsetDateTime getAnswer24() {
    if (answer24 == null && answer24Text != null) {
      answer24 = Json.parseDateTime(answer24Text); // checked when decoded; parsing is idempotent
    }
    return answer24;
  }

  /** Sets {@code answer_24}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer24(@Nullable OffsetDateTime answer24) {
    this.answer24 = answer24;
    this.answer24Text = null;
    return this;
  }

  /** Sets {@code answer_24}, as {@link #answer24}. */
  public void setAnswer24(@Nullable OffsetDateTime answer24) {
    answer24(answer24);
  }

  /**
   * The {@code answer_25} property.
   *
   * <p>JSON {@code answer_25}; may be null; absent on some servers.
   */
  public @Nullable String getAnswer25() {
    return answer25;
  }

  /** Sets {@code answer_25}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer25(@Nullable String answer25) {
    this.answer25 = answer25;
    this.answer25IsNull = answer25 == null;
    return this;
  }

  /** Sets {@code answer_25}, as {@link #answer25}. */
  public void setAnswer25(@Nullable String answer25) {
    answer25(answer25);
  }

  /**
   * The {@code answer_26} property.
   *
   * <p>JSON {@code answer_26}; absent on some servers.
   */
  public @Nullable String getAnswer26() {
    return answer26;
  }

  /** Sets {@code answer_26}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer26(@Nullable String answer26) {
    this.answer26 = answer26;
    return this;
  }

  /** Sets {@code answer_26}, as {@link #answer26}. */
  public void setAnswer26(@Nullable String answer26) {
    answer26(answer26);
  }

  /**
   * The {@code answer_27} property.
   *
   * <p>JSON {@code answer_27}; never null on a decoded response.
   */
  public Integer getAnswer27() {
    return answer27;
  }

  /** Sets {@code answer_27}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer27(@Nullable Integer answer27) {
    Json.checkRange(answer27, 0L, 10L, "Questionnaire.answer_27");
    this.answer27 = answer27;
    return this;
  }

  /** Sets {@code answer_27}, as {@link #answer27}. */
  public void setAnswer27(@Nullable Integer answer27) {
    answer27(answer27);
  }

  /**
   * The {@code answer_28} property.
   *
   * <p>JSON {@code answer_28}; absent on some servers.
   */
  public @Nullable Boolean getAnswer28() {
    return answer28;
  }

  /** Sets {@code answer_28}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer28(@Nullable Boolean answer28) {
    this.answer28 = answer28;
    return this;
  }

  /** Sets {@code answer_28}, as {@link #answer28}. */
  public void setAnswer28(@Nullable Boolean answer28) {
    answer28(answer28);
  }

  /**
   * The {@code answer_29} property.
   *
   * <p>JSON {@code answer_29}; absent on some servers.
   */
  public @Nullable OffsetDateTime getAnswer29() {
    if (answer29 == null && answer29Text != null) {
      answer29 = Json.parseDateTime(answer29Text); // checked when decoded; parsing is idempotent
    }
    return answer29;
  }

  /** Sets {@code answer_29}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer29(@Nullable OffsetDateTime answer29) {
    this.answer29 = answer29;
    this.answer29Text = null;
    return this;
  }

  /** Sets {@code answer_29}, as {@link #answer29}. */
  public void setAnswer29(@Nullable OffsetDateTime answer29) {
    answer29(answer29);
  }

  /**
   * The {@code answer_30} property.
   *
   * <p>JSON {@code answer_30}; may be null.
   */
  public @Nullable String getAnswer30() {
    return answer30;
  }

  /** Sets {@code answer_30}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer30(@Nullable String answer30) {
    this.answer30 = answer30;
    this.answer30IsNull = answer30 == null;
    return this;
  }

  /** Sets {@code answer_30}, as {@link #answer30}. */
  public void setAnswer30(@Nullable String answer30) {
    answer30(answer30);
  }

  /**
   * The {@code answer_31} property.
   *
   * <p>JSON {@code answer_31}; absent on some servers.
   */
  public @Nullable String getAnswer31() {
    return answer31;
  }

  /** Sets {@code answer_31}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer31(@Nullable String answer31) {
    this.answer31 = answer31;
    return this;
  }

  /** Sets {@code answer_31}, as {@link #answer31}. */
  public void setAnswer31(@Nullable String answer31) {
    answer31(answer31);
  }

  /**
   * The {@code answer_32} property.
   *
   * <p>JSON {@code answer_32}; absent on some servers.
   */
  public @Nullable Integer getAnswer32() {
    return answer32;
  }

  /** Sets {@code answer_32}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer32(@Nullable Integer answer32) {
    Json.checkRange(answer32, 0L, 10L, "Questionnaire.answer_32");
    this.answer32 = answer32;
    return this;
  }

  /** Sets {@code answer_32}, as {@link #answer32}. */
  public void setAnswer32(@Nullable Integer answer32) {
    answer32(answer32);
  }

  /**
   * The {@code answer_33} property.
   *
   * <p>JSON {@code answer_33}; never null on a decoded response.
   */
  public Boolean getAnswer33() {
    return answer33;
  }

  /** Sets {@code answer_33}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer33(@Nullable Boolean answer33) {
    this.answer33 = answer33;
    return this;
  }

  /** Sets {@code answer_33}, as {@link #answer33}. */
  public void setAnswer33(@Nullable Boolean answer33) {
    answer33(answer33);
  }

  /**
   * The {@code answer_34} property.
   *
   * <p>JSON {@code answer_34}; absent on some servers.
   */
  public @Nullable OffsetDateTime getAnswer34() {
    if (answer34 == null && answer34Text != null) {
      answer34 = Json.parseDateTime(answer34Text); // checked when decoded; parsing is idempotent
    }
    return answer34;
  }

  /** Sets {@code answer_34}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer34(@Nullable OffsetDateTime answer34) {
    this.answer34 = answer34;
    this.answer34Text = null;
    return this;
  }

  /** Sets {@code answer_34}, as {@link #answer34}. */
  public void setAnswer34(@Nullable OffsetDateTime answer34) {
    answer34(answer34);
  }

  /**
   * The {@code answer_35} property.
   *
   * <p>JSON {@code answer_35}; may be null; absent on some servers.
   */
  public @Nullable String getAnswer35() {
    return answer35;
  }

  /** Sets {@code answer_35}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer35(@Nullable String answer35) {
    this.answer35 = answer35;
    this.answer35IsNull = answer35 == null;
    return this;
  }

  /** Sets {@code answer_35}, as {@link #answer35}. */
  public void setAnswer35(@Nullable String answer35) {
    answer35(answer35);
  }

  /**
   * The {@code answer_36} property.
   *
   * <p>JSON {@code answer_36}; never null on a decoded response.
   */
  public String getAnswer36() {
    return answer36;
  }

  /** Sets {@code answer_36}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer36(@Nullable String answer36) {
    this.answer36 = answer36;
    return this;
  }

  /** Sets {@code answer_36}, as {@link #answer36}. */
  public void setAnswer36(@Nullable String answer36) {
    answer36(answer36);
  }

  /**
   * The {@code answer_37} property.
   *
   * <p>JSON {@code answer_37}; absent on some servers.
   */
  public @Nullable Integer getAnswer37() {
    return answer37;
  }

  /** Sets {@code answer_37}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer37(@Nullable Integer answer37) {
    Json.checkRange(answer37, 0L, 10L, "Questionnaire.answer_37");
    this.answer37 = answer37;
    return this;
  }

  /** Sets {@code answer_37}, as {@link #answer37}. */
  public void setAnswer37(@Nullable Integer answer37) {
    answer37(answer37);
  }

  /**
   * The {@code answer_38} property.
   *
   * <p>JSON {@code answer_38}; absent on some servers.
   */
  public @Nullable Boolean getAnswer38() {
    return answer38;
  }

  /** Sets {@code answer_38}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer38(@Nullable Boolean answer38) {
    this.answer38 = answer38;
    return this;
  }

  /** Sets {@code answer_38}, as {@link #answer38}. */
  public void setAnswer38(@Nullable Boolean answer38) {
    answer38(answer38);
  }

  /**
   * The {@code answer_39} property.
   *
   * <p>JSON {@code answer_39}; never null on a decoded response.
   */
  public OffsetDateTime getAnswer39() {
    if (answer39 == null && answer39Text != null) {
      answer39 = Json.parseDateTime(answer39Text); // checked when decoded; parsing is idempotent
    }
    return answer39;
  }

  /** Sets {@code answer_39}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer39(@Nullable OffsetDateTime answer39) {
    this.answer39 = answer39;
    this.answer39Text = null;
    return this;
  }

  /** Sets {@code answer_39}, as {@link #answer39}. */
  public void setAnswer39(@Nullable OffsetDateTime answer39) {
    answer39(answer39);
  }

  /**
   * The {@code answer_40} property.
   *
   * <p>JSON {@code answer_40}; may be null; absent on some servers.
   */
  public @Nullable String getAnswer40() {
    return answer40;
  }

  /** Sets {@code answer_40}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer40(@Nullable String answer40) {
    this.answer40 = answer40;
    this.answer40IsNull = answer40 == null;
    return this;
  }

  /** Sets {@code answer_40}, as {@link #answer40}. */
  public void setAnswer40(@Nullable String answer40) {
    answer40(answer40);
  }

  /**
   * The {@code answer_41} property.
   *
   * <p>JSON {@code answer_41}; absent on some servers.
   */
  public @Nullable String getAnswer41() {
    return answer41;
  }

  /** Sets {@code answer_41}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer41(@Nullable String answer41) {
    this.answer41 = answer41;
    return this;
  }

  /** Sets {@code answer_41}, as {@link #answer41}. */
  public void setAnswer41(@Nullable String answer41) {
    answer41(answer41);
  }

  /**
   * The {@code answer_42} property.
   *
   * <p>JSON {@code answer_42}; never null on a decoded response.
   */
  public Integer getAnswer42() {
    return answer42;
  }

  /** Sets {@code answer_42}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer42(@Nullable Integer answer42) {
    Json.checkRange(answer42, 0L, 10L, "Questionnaire.answer_42");
    this.answer42 = answer42;
    return this;
  }

  /** Sets {@code answer_42}, as {@link #answer42}. */
  public void setAnswer42(@Nullable Integer answer42) {
    answer42(answer42);
  }

  /**
   * The {@code answer_43} property.
   *
   * <p>JSON {@code answer_43}; absent on some servers.
   */
  public @Nullable Boolean getAnswer43() {
    return answer43;
  }

  /** Sets {@code answer_43}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer43(@Nullable Boolean answer43) {
    this.answer43 = answer43;
    return this;
  }

  /** Sets {@code answer_43}, as {@link #answer43}. */
  public void setAnswer43(@Nullable Boolean answer43) {
    answer43(answer43);
  }

  /**
   * The {@code answer_44} property.
   *
   * <p>JSON {@code answer_44}; absent on some servers.
   */
  public @Nullable OffsetDateTime getAnswer44() {
    if (answer44 == null && answer44Text != null) {
      answer44 = Json.parseDateTime(answer44Text); // checked when decoded; parsing is idempotent
    }
    return answer44;
  }

  /** Sets {@code answer_44}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer44(@Nullable OffsetDateTime answer44) {
    this.answer44 = answer44;
    this.answer44Text = null;
    return this;
  }

  /** Sets {@code answer_44}, as {@link #answer44}. */
  public void setAnswer44(@Nullable OffsetDateTime answer44) {
    answer44(answer44);
  }

  /**
   * The {@code answer_45} property.
   *
   * <p>JSON {@code answer_45}; may be null.
   */
  public @Nullable String getAnswer45() {
    return answer45;
  }

  /** Sets {@code answer_45}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer45(@Nullable String answer45) {
    this.answer45 = answer45;
    this.answer45IsNull = answer45 == null;
    return this;
  }

  /** Sets {@code answer_45}, as {@link #answer45}. */
  public void setAnswer45(@Nullable String answer45) {
    answer45(answer45);
  }

  /**
   * The {@code answer_46} property.
   *
   * <p>JSON {@code answer_46}; absent on some servers.
   */
  public @Nullable String getAnswer46() {
    return answer46;
  }

  /** Sets {@code answer_46}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer46(@Nullable String answer46) {
    this.answer46 = answer46;
    return this;
  }

  /** Sets {@code answer_46}, as {@link #answer46}. */
  public void setAnswer46(@Nullable String answer46) {
    answer46(answer46);
  }

  /**
   * The {@code answer_47} property.
   *
   * <p>JSON {@code answer_47}; absent on some servers.
   */
  public @Nullable Integer getAnswer47() {
    return answer47;
  }

  /** Sets {@code answer_47}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer47(@Nullable Integer answer47) {
    Json.checkRange(answer47, 0L, 10L, "Questionnaire.answer_47");
    this.answer47 = answer47;
    return this;
  }

  /** Sets {@code answer_47}, as {@link #answer47}. */
  public void setAnswer47(@Nullable Integer answer47) {
    answer47(answer47);
  }

  /**
   * The {@code answer_48} property.
   *
   * <p>JSON {@code answer_48}; never null on a decoded response.
   */
  public Boolean getAnswer48() {
    return answer48;
  }

  /** Sets {@code answer_48}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer48(@Nullable Boolean answer48) {
    this.answer48 = answer48;
    return this;
  }

  /** Sets {@code answer_48}, as {@link #answer48}. */
  public void setAnswer48(@Nullable Boolean answer48) {
    answer48(answer48);
  }

  /**
   * The {@code answer_49} property.
   *
   * <p>JSON {@code answer_49}; absent on some servers.
   */
  public @Nullable OffsetDateTime getAnswer49() {
    if (answer49 == null && answer49Text != null) {
      answer49 = Json.parseDateTime(answer49Text); // checked when decoded; parsing is idempotent
    }
    return answer49;
  }

  /** Sets {@code answer_49}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer49(@Nullable OffsetDateTime answer49) {
    this.answer49 = answer49;
    this.answer49Text = null;
    return this;
  }

  /** Sets {@code answer_49}, as {@link #answer49}. */
  public void setAnswer49(@Nullable OffsetDateTime answer49) {
    answer49(answer49);
  }

  /**
   * The {@code answer_50} property.
   *
   * <p>JSON {@code answer_50}; may be null; absent on some servers.
   */
  public @Nullable String getAnswer50() {
    return answer50;
  }

  /** Sets {@code answer_50}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer50(@Nullable String answer50) {
    this.answer50 = answer50;
    this.answer50IsNull = answer50 == null;
    return this;
  }

  /** Sets {@code answer_50}, as {@link #answer50}. */
  public void setAnswer50(@Nullable String answer50) {
    answer50(answer50);
  }

  /**
   * The {@code answer_51} property.
   *
   * <p>JSON {@code answer_51}; never null on a decoded response.
   */
  public String getAnswer51() {
    return answer51;
  }

  /** Sets {@code answer_51}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer51(@Nullable String answer51) {
    this.answer51 = answer51;
    return this;
  }

  /** Sets {@code answer_51}, as {@link #answer51}. */
  public void setAnswer51(@Nullable String answer51) {
    answer51(answer51);
  }

  /**
   * The {@code answer_52} property.
   *
   * <p>JSON {@code answer_52}; absent on some servers.
   */
  public @Nullable Integer getAnswer52() {
    return answer52;
  }

  /** Sets {@code answer_52}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer52(@Nullable Integer answer52) {
    Json.checkRange(answer52, 0L, 10L, "Questionnaire.answer_52");
    this.answer52 = answer52;
    return this;
  }

  /** Sets {@code answer_52}, as {@link #answer52}. */
  public void setAnswer52(@Nullable Integer answer52) {
    answer52(answer52);
  }

  /**
   * The {@code answer_53} property.
   *
   * <p>JSON {@code answer_53}; absent on some servers.
   */
  public @Nullable Boolean getAnswer53() {
    return answer53;
  }

  /** Sets {@code answer_53}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer53(@Nullable Boolean answer53) {
    this.answer53 = answer53;
    return this;
  }

  /** Sets {@code answer_53}, as {@link #answer53}. */
  public void setAnswer53(@Nullable Boolean answer53) {
    answer53(answer53);
  }

  /**
   * The {@code answer_54} property.
   *
   * <p>JSON {@code answer_54}; never null on a decoded response.
   */
  public OffsetDateTime getAnswer54() {
    if (answer54 == null && answer54Text != null) {
      answer54 = Json.parseDateTime(answer54Text); // checked when decoded; parsing is idempotent
    }
    return answer54;
  }

  /** Sets {@code answer_54}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer54(@Nullable OffsetDateTime answer54) {
    this.answer54 = answer54;
    this.answer54Text = null;
    return this;
  }

  /** Sets {@code answer_54}, as {@link #answer54}. */
  public void setAnswer54(@Nullable OffsetDateTime answer54) {
    answer54(answer54);
  }

  /**
   * The {@code answer_55} property.
   *
   * <p>JSON {@code answer_55}; may be null; absent on some servers.
   */
  public @Nullable String getAnswer55() {
    return answer55;
  }

  /** Sets {@code answer_55}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer55(@Nullable String answer55) {
    this.answer55 = answer55;
    this.answer55IsNull = answer55 == null;
    return this;
  }

  /** Sets {@code answer_55}, as {@link #answer55}. */
  public void setAnswer55(@Nullable String answer55) {
    answer55(answer55);
  }

  /**
   * The {@code answer_56} property.
   *
   * <p>JSON {@code answer_56}; absent on some servers.
   */
  public @Nullable String getAnswer56() {
    return answer56;
  }

  /** Sets {@code answer_56}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer56(@Nullable String answer56) {
    this.answer56 = answer56;
    return this;
  }

  /** Sets {@code answer_56}, as {@link #answer56}. */
  public void setAnswer56(@Nullable String answer56) {
    answer56(answer56);
  }

  /**
   * The {@code answer_57} property.
   *
   * <p>JSON {@code answer_57}; never null on a decoded response.
   */
  public Integer getAnswer57() {
    return answer57;
  }

  /** Sets {@code answer_57}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer57(@Nullable Integer answer57) {
    Json.checkRange(answer57, 0L, 10L, "Questionnaire.answer_57");
    this.answer57 = answer57;
    return this;
  }

  /** Sets {@code answer_57}, as {@link #answer57}. */
  public void setAnswer57(@Nullable Integer answer57) {
    answer57(answer57);
  }

  /**
   * The {@code answer_58} property.
   *
   * <p>JSON {@code answer_58}; absent on some servers.
   */
  public @Nullable Boolean getAnswer58() {
    return answer58;
  }

  /** Sets {@code answer_58}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer58(@Nullable Boolean answer58) {
    this.answer58 = answer58;
    return this;
  }

  /** Sets {@code answer_58}, as {@link #answer58}. */
  public void setAnswer58(@Nullable Boolean answer58) {
    answer58(answer58);
  }

  /**
   * The {@code answer_59} property.
   *
   * <p>JSON {@code answer_59}; absent on some servers.
   */
  public @Nullable OffsetDateTime getAnswer59() {
    if (answer59 == null && answer59Text != null) {
      answer59 = Json.parseDateTime(answer59Text); // checked when decoded; parsing is idempotent
    }
    return answer59;
  }

  /** Sets {@code answer_59}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer59(@Nullable OffsetDateTime answer59) {
    this.answer59 = answer59;
    this.answer59Text = null;
    return this;
  }

  /** Sets {@code answer_59}, as {@link #answer59}. */
  public void setAnswer59(@Nullable OffsetDateTime answer59) {
    answer59(answer59);
  }

  /**
   * The {@code answer_60} property.
   *
   * <p>JSON {@code answer_60}; may be null.
   */
  public @Nullable String getAnswer60() {
    return answer60;
  }

  /** Sets {@code answer_60}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer60(@Nullable String answer60) {
    this.answer60 = answer60;
    this.answer60IsNull = answer60 == null;
    return this;
  }

  /** Sets {@code answer_60}, as {@link #answer60}. */
  public void setAnswer60(@Nullable String answer60) {
    answer60(answer60);
  }

  /**
   * The {@code answer_61} property.
   *
   * <p>JSON {@code answer_61}; absent on some servers.
   */
  public @Nullable String getAnswer61() {
    return answer61;
  }

  /** Sets {@code answer_61}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer61(@Nullable String answer61) {
    this.answer61 = answer61;
    return this;
  }

  /** Sets {@code answer_61}, as {@link #answer61}. */
  public void setAnswer61(@Nullable String answer61) {
    answer61(answer61);
  }

  /**
   * The {@code answer_62} property.
   *
   * <p>JSON {@code answer_62}; absent on some servers.
   */
  public @Nullable Integer getAnswer62() {
    return answer62;
  }

  /** Sets {@code answer_62}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer62(@Nullable Integer answer62) {
    Json.checkRange(answer62, 0L, 10L, "Questionnaire.answer_62");
    this.answer62 = answer62;
    return this;
  }

  /** Sets {@code answer_62}, as {@link #answer62}. */
  public void setAnswer62(@Nullable Integer answer62) {
    answer62(answer62);
  }

  /**
   * The {@code answer_63} property.
   *
   * <p>JSON {@code answer_63}; never null on a decoded response.
   */
  public Boolean getAnswer63() {
    return answer63;
  }

  /** Sets {@code answer_63}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer63(@Nullable Boolean answer63) {
    this.answer63 = answer63;
    return this;
  }

  /** Sets {@code answer_63}, as {@link #answer63}. */
  public void setAnswer63(@Nullable Boolean answer63) {
    answer63(answer63);
  }

  /**
   * The {@code answer_64} property.
   *
   * <p>JSON {@code answer_64}; absent on some servers.
   */
  public @Nullable OffsetDateTime getAnswer64() {
    if (answer64 == null && answer64Text != null) {
      answer64 = Json.parseDateTime(answer64Text); // checked when decoded; parsing is idempotent
    }
    return answer64;
  }

  /** Sets {@code answer_64}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer64(@Nullable OffsetDateTime answer64) {
    this.answer64 = answer64;
    this.answer64Text = null;
    return this;
  }

  /** Sets {@code answer_64}, as {@link #answer64}. */
  public void setAnswer64(@Nullable OffsetDateTime answer64) {
    answer64(answer64);
  }

  /**
   * The {@code answer_65} property.
   *
   * <p>JSON {@code answer_65}; may be null; absent on some servers.
   */
  public @Nullable String getAnswer65() {
    return answer65;
  }

  /** Sets {@code answer_65}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer65(@Nullable String answer65) {
    this.answer65 = answer65;
    this.answer65IsNull = answer65 == null;
    return this;
  }

  /** Sets {@code answer_65}, as {@link #answer65}. */
  public void setAnswer65(@Nullable String answer65) {
    answer65(answer65);
  }

  /**
   * The {@code answer_66} property.
   *
   * <p>JSON {@code answer_66}; never null on a decoded response.
   */
  public String getAnswer66() {
    return answer66;
  }

  /** Sets {@code answer_66}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer66(@Nullable String answer66) {
    this.answer66 = answer66;
    return this;
  }

  /** Sets {@code answer_66}, as {@link #answer66}. */
  public void setAnswer66(@Nullable String answer66) {
    answer66(answer66);
  }

  /**
   * The {@code answer_67} property.
   *
   * <p>JSON {@code answer_67}; absent on some servers.
   */
  public @Nullable Integer getAnswer67() {
    return answer67;
  }

  /** Sets {@code answer_67}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer67(@Nullable Integer answer67) {
    Json.checkRange(answer67, 0L, 10L, "Questionnaire.answer_67");
    this.answer67 = answer67;
    return this;
  }

  /** Sets {@code answer_67}, as {@link #answer67}. */
  public void setAnswer67(@Nullable Integer answer67) {
    answer67(answer67);
  }

  /**
   * The {@code answer_68} property.
   *
   * <p>JSON {@code answer_68}; absent on some servers.
   */
  public @Nullable Boolean getAnswer68() {
    return answer68;
  }

  /** Sets {@code answer_68}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer68(@Nullable Boolean answer68) {
    this.answer68 = answer68;
    return this;
  }

  /** Sets {@code answer_68}, as {@link #answer68}. */
  public void setAnswer68(@Nullable Boolean answer68) {
    answer68(answer68);
  }

  /**
   * The {@code answer_69} property.
   *
   * <p>JSON {@code answer_69}; never null on a decoded response.
   */
  public OffsetDateTime getAnswer69() {
    if (answer69 == null && answer69Text != null) {
      answer69 = Json.parseDateTime(answer69Text); // checked when decoded; parsing is idempotent
    }
    return answer69;
  }

  /** Sets {@code answer_69}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer69(@Nullable OffsetDateTime answer69) {
    this.answer69 = answer69;
    this.answer69Text = null;
    return this;
  }

  /** Sets {@code answer_69}, as {@link #answer69}. */
  public void setAnswer69(@Nullable OffsetDateTime answer69) {
    answer69(answer69);
  }

  /**
   * The {@code answer_70} property.
   *
   * <p>JSON {@code answer_70}; may be null; absent on some servers.
   */
  public @Nullable String getAnswer70() {
    return answer70;
  }

  /** Sets {@code answer_70}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer70(@Nullable String answer70) {
    this.answer70 = answer70;
    this.answer70IsNull = answer70 == null;
    return this;
  }

  /** Sets {@code answer_70}, as {@link #answer70}. */
  public void setAnswer70(@Nullable String answer70) {
    answer70(answer70);
  }

  /**
   * The {@code answer_71} property.
   *
   * <p>JSON {@code answer_71}; absent on some servers.
   */
  public @Nullable String getAnswer71() {
    return answer71;
  }

  /** Sets {@code answer_71}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer71(@Nullable String answer71) {
    this.answer71 = answer71;
    return this;
  }

  /** Sets {@code answer_71}, as {@link #answer71}. */
  public void setAnswer71(@Nullable String answer71) {
    answer71(answer71);
  }

  /**
   * The {@code answer_72} property.
   *
   * <p>JSON {@code answer_72}; never null on a decoded response.
   */
  public Integer getAnswer72() {
    return answer72;
  }

  /** Sets {@code answer_72}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer72(@Nullable Integer answer72) {
    Json.checkRange(answer72, 0L, 10L, "Questionnaire.answer_72");
    this.answer72 = answer72;
    return this;
  }

  /** Sets {@code answer_72}, as {@link #answer72}. */
  public void setAnswer72(@Nullable Integer answer72) {
    answer72(answer72);
  }

  /**
   * The {@code answer_73} property.
   *
   * <p>JSON {@code answer_73}; absent on some servers.
   */
  public @Nullable Boolean getAnswer73() {
    return answer73;
  }

  /** Sets {@code answer_73}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer73(@Nullable Boolean answer73) {
    this.answer73 = answer73;
    return this;
  }

  /** Sets {@code answer_73}, as {@link #answer73}. */
  public void setAnswer73(@Nullable Boolean answer73) {
    answer73(answer73);
  }

  /**
   * The {@code answer_74} property.
   *
   * <p>JSON {@code answer_74}; absent on some servers.
   */
  public @Nullable OffsetDateTime getAnswer74() {
    if (answer74 == null && answer74Text != null) {
      answer74 = Json.parseDateTime(answer74Text); // checked when decoded; parsing is idempotent
    }
    return answer74;
  }

  /** Sets {@code answer_74}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer74(@Nullable OffsetDateTime answer74) {
    this.answer74 = answer74;
    this.answer74Text = null;
    return this;
  }

  /** Sets {@code answer_74}, as {@link #answer74}. */
  public void setAnswer74(@Nullable OffsetDateTime answer74) {
    answer74(answer74);
  }

  /**
   * The {@code answer_75} property.
   *
   * <p>JSON {@code answer_75}; may be null.
   */
  public @Nullable String getAnswer75() {
    return answer75;
  }

  /** Sets {@code answer_75}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer75(@Nullable String answer75) {
    this.answer75 = answer75;
    this.answer75IsNull = answer75 == null;
    return this;
  }

  /** Sets {@code answer_75}, as {@link #answer75}. */
  public void setAnswer75(@Nullable String answer75) {
    answer75(answer75);
  }

  /**
   * The {@code answer_76} property.
   *
   * <p>JSON {@code answer_76}; absent on some servers.
   */
  public @Nullable String getAnswer76() {
    return answer76;
  }

  /** Sets {@code answer_76}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer76(@Nullable String answer76) {
    this.answer76 = answer76;
    return this;
  }

  /** Sets {@code answer_76}, as {@link #answer76}. */
  public void setAnswer76(@Nullable String answer76) {
    answer76(answer76);
  }

  /**
   * The {@code answer_77} property.
   *
   * <p>JSON {@code answer_77}; absent on some servers.
   */
  public @Nullable Integer getAnswer77() {
    return answer77;
  }

  /** Sets {@code answer_77}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer77(@Nullable Integer answer77) {
    Json.checkRange(answer77, 0L, 10L, "Questionnaire.answer_77");
    this.answer77 = answer77;
    return this;
  }

  /** Sets {@code answer_77}, as {@link #answer77}. */
  public void setAnswer77(@Nullable Integer answer77) {
    answer77(answer77);
  }

  /**
   * The {@code answer_78} property.
   *
   * <p>JSON {@code answer_78}; never null on a decoded response.
   */
  public Boolean getAnswer78() {
    return answer78;
  }

  /** Sets {@code answer_78}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer78(@Nullable Boolean answer78) {
    this.answer78 = answer78;
    return this;
  }

  /** Sets {@code answer_78}, as {@link #answer78}. */
  public void setAnswer78(@Nullable Boolean answer78) {
    answer78(answer78);
  }

  /**
   * The {@code answer_79} property.
   *
   * <p>JSON {@code answer_79}; absent on some servers.
   */
  public @Nullable OffsetDateTime getAnswer79() {
    if (answer79 == null && answer79Text != null) {
      answer79 = Json.parseDateTime(answer79Text); // checked when decoded; parsing is idempotent
    }
    return answer79;
  }

  /** Sets {@code answer_79}; {@code null} leaves it out. Returns this object. */
  public Questionnaire answer79(@Nullable OffsetDateTime answer79) {
    this.answer79 = answer79;
    this.answer79Text = null;
    return this;
  }

  /** Sets {@code answer_79}, as {@link #answer79}. */
  public void setAnswer79(@Nullable OffsetDateTime answer79) {
    answer79(answer79);
  }

  /**
   * The {@code answer_80} property.
   *
   * <p>JSON {@code answer_80}; may be null; absent on some servers.
   */
  public @Nullable String getAnswer80() {
    return answer80;
  }

  /** Sets {@code answer_80}; {@code null} sends JSON null. Returns this object. */
  public Questionnaire answer80(@Nullable String answer80) {
    this.answer80 = answer80;
    this.answer80IsNull = answer80 == null;
    return this;
  }

  /** Sets {@code answer_80}, as {@link #answer80}. */
  public void setAnswer80(@Nullable String answer80) {
    answer80(answer80);
  }

  /**
   * Checks that every required property is set.
   *
   * @return this object
   * @throws IllegalArgumentException naming the first required property that is not set
   */
  public Questionnaire validate() {
    if (answer03 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_03 is required, but was not set");
    }
    if (answer06 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_06 is required, but was not set");
    }
    if (answer09 == null && answer09Text == null) {
      throw new IllegalArgumentException("Questionnaire.answer_09 is required, but was not set");
    }
    if (answer12 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_12 is required, but was not set");
    }
    if (answer18 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_18 is required, but was not set");
    }
    if (answer21 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_21 is required, but was not set");
    }
    if (answer24 == null && answer24Text == null) {
      throw new IllegalArgumentException("Questionnaire.answer_24 is required, but was not set");
    }
    if (answer27 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_27 is required, but was not set");
    }
    if (answer33 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_33 is required, but was not set");
    }
    if (answer36 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_36 is required, but was not set");
    }
    if (answer39 == null && answer39Text == null) {
      throw new IllegalArgumentException("Questionnaire.answer_39 is required, but was not set");
    }
    if (answer42 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_42 is required, but was not set");
    }
    if (answer48 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_48 is required, but was not set");
    }
    if (answer51 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_51 is required, but was not set");
    }
    if (answer54 == null && answer54Text == null) {
      throw new IllegalArgumentException("Questionnaire.answer_54 is required, but was not set");
    }
    if (answer57 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_57 is required, but was not set");
    }
    if (answer63 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_63 is required, but was not set");
    }
    if (answer66 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_66 is required, but was not set");
    }
    if (answer69 == null && answer69Text == null) {
      throw new IllegalArgumentException("Questionnaire.answer_69 is required, but was not set");
    }
    if (answer72 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_72 is required, but was not set");
    }
    if (answer78 == null) {
      throw new IllegalArgumentException("Questionnaire.answer_78 is required, but was not set");
    }
    return this;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Questionnaire)) {
      return false;
    }
    Questionnaire that = (Questionnaire) other;
    return true
        && Objects.equals(getAnswer01(), that.getAnswer01())
        && Objects.equals(getAnswer02(), that.getAnswer02())
        && Objects.equals(getAnswer03(), that.getAnswer03())
        && Objects.equals(getAnswer04(), that.getAnswer04())
        && Objects.equals(getAnswer05(), that.getAnswer05())
        && Objects.equals(getAnswer06(), that.getAnswer06())
        && Objects.equals(getAnswer07(), that.getAnswer07())
        && Objects.equals(getAnswer08(), that.getAnswer08())
        && Objects.equals(getAnswer09(), that.getAnswer09())
        && Objects.equals(getAnswer10(), that.getAnswer10())
        && Objects.equals(getAnswer11(), that.getAnswer11())
        && Objects.equals(getAnswer12(), that.getAnswer12())
        && Objects.equals(getAnswer13(), that.getAnswer13())
        && Objects.equals(getAnswer14(), that.getAnswer14())
        && Objects.equals(getAnswer15(), that.getAnswer15())
        && Objects.equals(getAnswer16(), that.getAnswer16())
        && Objects.equals(getAnswer17(), that.getAnswer17())
        && Objects.equals(getAnswer18(), that.getAnswer18())
        && Objects.equals(getAnswer19(), that.getAnswer19())
        && Objects.equals(getAnswer20(), that.getAnswer20())
        && Objects.equals(getAnswer21(), that.getAnswer21())
        && Objects.equals(getAnswer22(), that.getAnswer22())
        && Objects.equals(getAnswer23(), that.getAnswer23())
        && Objects.equals(getAnswer24(), that.getAnswer24())
        && Objects.equals(getAnswer25(), that.getAnswer25())
        && Objects.equals(getAnswer26(), that.getAnswer26())
        && Objects.equals(getAnswer27(), that.getAnswer27())
        && Objects.equals(getAnswer28(), that.getAnswer28())
        && Objects.equals(getAnswer29(), that.getAnswer29())
        && Objects.equals(getAnswer30(), that.getAnswer30())
        && Objects.equals(getAnswer31(), that.getAnswer31())
        && Objects.equals(getAnswer32(), that.getAnswer32())
        && Objects.equals(getAnswer33(), that.getAnswer33())
        && Objects.equals(getAnswer34(), that.getAnswer34())
        && Objects.equals(getAnswer35(), that.getAnswer35())
        && Objects.equals(getAnswer36(), that.getAnswer36())
        && Objects.equals(getAnswer37(), that.getAnswer37())
        && Objects.equals(getAnswer38(), that.getAnswer38())
        && Objects.equals(getAnswer39(), that.getAnswer39())
        && Objects.equals(getAnswer40(), that.getAnswer40())
        && Objects.equals(getAnswer41(), that.getAnswer41())
        && Objects.equals(getAnswer42(), that.getAnswer42())
        && Objects.equals(getAnswer43(), that.getAnswer43())
        && Objects.equals(getAnswer44(), that.getAnswer44())
        && Objects.equals(getAnswer45(), that.getAnswer45())
        && Objects.equals(getAnswer46(), that.getAnswer46())
        && Objects.equals(getAnswer47(), that.getAnswer47())
        && Objects.equals(getAnswer48(), that.getAnswer48())
        && Objects.equals(getAnswer49(), that.getAnswer49())
        && Objects.equals(getAnswer50(), that.getAnswer50())
        && Objects.equals(getAnswer51(), that.getAnswer51())
        && Objects.equals(getAnswer52(), that.getAnswer52())
        && Objects.equals(getAnswer53(), that.getAnswer53())
        && Objects.equals(getAnswer54(), that.getAnswer54())
        && Objects.equals(getAnswer55(), that.getAnswer55())
        && Objects.equals(getAnswer56(), that.getAnswer56())
        && Objects.equals(getAnswer57(), that.getAnswer57())
        && Objects.equals(getAnswer58(), that.getAnswer58())
        && Objects.equals(getAnswer59(), that.getAnswer59())
        && Objects.equals(getAnswer60(), that.getAnswer60())
        && Objects.equals(getAnswer61(), that.getAnswer61())
        && Objects.equals(getAnswer62(), that.getAnswer62())
        && Objects.equals(getAnswer63(), that.getAnswer63())
        && Objects.equals(getAnswer64(), that.getAnswer64())
        && Objects.equals(getAnswer65(), that.getAnswer65())
        && Objects.equals(getAnswer66(), that.getAnswer66())
        && Objects.equals(getAnswer67(), that.getAnswer67())
        && Objects.equals(getAnswer68(), that.getAnswer68())
        && Objects.equals(getAnswer69(), that.getAnswer69())
        && Objects.equals(getAnswer70(), that.getAnswer70())
        && Objects.equals(getAnswer71(), that.getAnswer71())
        && Objects.equals(getAnswer72(), that.getAnswer72())
        && Objects.equals(getAnswer73(), that.getAnswer73())
        && Objects.equals(getAnswer74(), that.getAnswer74())
        && Objects.equals(getAnswer75(), that.getAnswer75())
        && Objects.equals(getAnswer76(), that.getAnswer76())
        && Objects.equals(getAnswer77(), that.getAnswer77())
        && Objects.equals(getAnswer78(), that.getAnswer78())
        && Objects.equals(getAnswer79(), that.getAnswer79())
        && Objects.equals(getAnswer80(), that.getAnswer80());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        getAnswer01(),
        getAnswer02(),
        getAnswer03(),
        getAnswer04(),
        getAnswer05(),
        getAnswer06(),
        getAnswer07(),
        getAnswer08(),
        getAnswer09(),
        getAnswer10(),
        getAnswer11(),
        getAnswer12(),
        getAnswer13(),
        getAnswer14(),
        getAnswer15(),
        getAnswer16(),
        getAnswer17(),
        getAnswer18(),
        getAnswer19(),
        getAnswer20(),
        getAnswer21(),
        getAnswer22(),
        getAnswer23(),
        getAnswer24(),
        getAnswer25(),
        getAnswer26(),
        getAnswer27(),
        getAnswer28(),
        getAnswer29(),
        getAnswer30(),
        getAnswer31(),
        getAnswer32(),
        getAnswer33(),
        getAnswer34(),
        getAnswer35(),
        getAnswer36(),
        getAnswer37(),
        getAnswer38(),
        getAnswer39(),
        getAnswer40(),
        getAnswer41(),
        getAnswer42(),
        getAnswer43(),
        getAnswer44(),
        getAnswer45(),
        getAnswer46(),
        getAnswer47(),
        getAnswer48(),
        getAnswer49(),
        getAnswer50(),
        getAnswer51(),
        getAnswer52(),
        getAnswer53(),
        getAnswer54(),
        getAnswer55(),
        getAnswer56(),
        getAnswer57(),
        getAnswer58(),
        getAnswer59(),
        getAnswer60(),
        getAnswer61(),
        getAnswer62(),
        getAnswer63(),
        getAnswer64(),
        getAnswer65(),
        getAnswer66(),
        getAnswer67(),
        getAnswer68(),
        getAnswer69(),
        getAnswer70(),
        getAnswer71(),
        getAnswer72(),
        getAnswer73(),
        getAnswer74(),
        getAnswer75(),
        getAnswer76(),
        getAnswer77(),
        getAnswer78(),
        getAnswer79(),
        getAnswer80());
  }

  /** Describes this object; personal data (names, phones, IINs, notes) is redacted. */
  @Override
  public String toString() {
    return "Questionnaire{"
        + "answer01="
        + getAnswer01()
        + ", answer02="
        + getAnswer02()
        + ", answer03="
        + getAnswer03()
        + ", answer04="
        + getAnswer04()
        + ", answer05="
        + getAnswer05()
        + ", answer06="
        + getAnswer06()
        + ", answer07="
        + getAnswer07()
        + ", answer08="
        + getAnswer08()
        + ", answer09="
        + getAnswer09()
        + ", answer10="
        + getAnswer10()
        + ", answer11="
        + getAnswer11()
        + ", answer12="
        + getAnswer12()
        + ", answer13="
        + getAnswer13()
        + ", answer14="
        + getAnswer14()
        + ", answer15="
        + getAnswer15()
        + ", answer16="
        + getAnswer16()
        + ", answer17="
        + getAnswer17()
        + ", answer18="
        + getAnswer18()
        + ", answer19="
        + getAnswer19()
        + ", answer20="
        + getAnswer20()
        + ", answer21="
        + getAnswer21()
        + ", answer22="
        + getAnswer22()
        + ", answer23="
        + getAnswer23()
        + ", answer24="
        + getAnswer24()
        + ", answer25="
        + getAnswer25()
        + ", answer26="
        + getAnswer26()
        + ", answer27="
        + getAnswer27()
        + ", answer28="
        + getAnswer28()
        + ", answer29="
        + getAnswer29()
        + ", answer30="
        + getAnswer30()
        + ", answer31="
        + getAnswer31()
        + ", answer32="
        + getAnswer32()
        + ", answer33="
        + getAnswer33()
        + ", answer34="
        + getAnswer34()
        + ", answer35="
        + getAnswer35()
        + ", answer36="
        + getAnswer36()
        + ", answer37="
        + getAnswer37()
        + ", answer38="
        + getAnswer38()
        + ", answer39="
        + getAnswer39()
        + ", answer40="
        + getAnswer40()
        + ", answer41="
        + getAnswer41()
        + ", answer42="
        + getAnswer42()
        + ", answer43="
        + getAnswer43()
        + ", answer44="
        + getAnswer44()
        + ", answer45="
        + getAnswer45()
        + ", answer46="
        + getAnswer46()
        + ", answer47="
        + getAnswer47()
        + ", answer48="
        + getAnswer48()
        + ", answer49="
        + getAnswer49()
        + ", answer50="
        + getAnswer50()
        + ", answer51="
        + getAnswer51()
        + ", answer52="
        + getAnswer52()
        + ", answer53="
        + getAnswer53()
        + ", answer54="
        + getAnswer54()
        + ", answer55="
        + getAnswer55()
        + ", answer56="
        + getAnswer56()
        + ", answer57="
        + getAnswer57()
        + ", answer58="
        + getAnswer58()
        + ", answer59="
        + getAnswer59()
        + ", answer60="
        + getAnswer60()
        + ", answer61="
        + getAnswer61()
        + ", answer62="
        + getAnswer62()
        + ", answer63="
        + getAnswer63()
        + ", answer64="
        + getAnswer64()
        + ", answer65="
        + getAnswer65()
        + ", answer66="
        + getAnswer66()
        + ", answer67="
        + getAnswer67()
        + ", answer68="
        + getAnswer68()
        + ", answer69="
        + getAnswer69()
        + ", answer70="
        + getAnswer70()
        + ", answer71="
        + getAnswer71()
        + ", answer72="
        + getAnswer72()
        + ", answer73="
        + getAnswer73()
        + ", answer74="
        + getAnswer74()
        + ", answer75="
        + getAnswer75()
        + ", answer76="
        + getAnswer76()
        + ", answer77="
        + getAnswer77()
        + ", answer78="
        + getAnswer78()
        + ", answer79="
        + getAnswer79()
        + ", answer80="
        + getAnswer80()
        + "}";
  }

  /**
   * The streaming JSON adapter of this class (no reflection on its fields, so R8 may rename them).
   * The SDK's Gson finds it by this method's name; the shipped R8 rules keep the name.
   */
  static TypeAdapter<Questionnaire> gsonAdapter(Gson gson) {
    return new GsonAdapter(gson);
  }

  private static final class GsonAdapter extends TypeAdapter<Questionnaire> {
    /** The keys in the spec's order, which is the order the server writes them in. */
    private static final String[] KEYS = {
      "answer_01",
      "answer_02",
      "answer_03",
      "answer_04",
      "answer_05",
      "answer_06",
      "answer_07",
      "answer_08",
      "answer_09",
      "answer_10",
      "answer_11",
      "answer_12",
      "answer_13",
      "answer_14",
      "answer_15",
      "answer_16",
      "answer_17",
      "answer_18",
      "answer_19",
      "answer_20",
      "answer_21",
      "answer_22",
      "answer_23",
      "answer_24",
      "answer_25",
      "answer_26",
      "answer_27",
      "answer_28",
      "answer_29",
      "answer_30",
      "answer_31",
      "answer_32",
      "answer_33",
      "answer_34",
      "answer_35",
      "answer_36",
      "answer_37",
      "answer_38",
      "answer_39",
      "answer_40",
      "answer_41",
      "answer_42",
      "answer_43",
      "answer_44",
      "answer_45",
      "answer_46",
      "answer_47",
      "answer_48",
      "answer_49",
      "answer_50",
      "answer_51",
      "answer_52",
      "answer_53",
      "answer_54",
      "answer_55",
      "answer_56",
      "answer_57",
      "answer_58",
      "answer_59",
      "answer_60",
      "answer_61",
      "answer_62",
      "answer_63",
      "answer_64",
      "answer_65",
      "answer_66",
      "answer_67",
      "answer_68",
      "answer_69",
      "answer_70",
      "answer_71",
      "answer_72",
      "answer_73",
      "answer_74",
      "answer_75",
      "answer_76",
      "answer_77",
      "answer_78",
      "answer_79",
      "answer_80",
    };

    private final TypeAdapter<String> answer01Adapter;
    private final TypeAdapter<Integer> answer02Adapter;
    private final TypeAdapter<Boolean> answer03Adapter;
    private final TypeAdapter<OffsetDateTime> answer04Adapter;
    private final TypeAdapter<String> answer05Adapter;
    private final TypeAdapter<String> answer06Adapter;
    private final TypeAdapter<Integer> answer07Adapter;
    private final TypeAdapter<Boolean> answer08Adapter;
    private final TypeAdapter<OffsetDateTime> answer09Adapter;
    private final TypeAdapter<String> answer10Adapter;
    private final TypeAdapter<String> answer11Adapter;
    private final TypeAdapter<Integer> answer12Adapter;
    private final TypeAdapter<Boolean> answer13Adapter;
    private final TypeAdapter<OffsetDateTime> answer14Adapter;
    private final TypeAdapter<String> answer15Adapter;
    private final TypeAdapter<String> answer16Adapter;
    private final TypeAdapter<Integer> answer17Adapter;
    private final TypeAdapter<Boolean> answer18Adapter;
    private final TypeAdapter<OffsetDateTime> answer19Adapter;
    private final TypeAdapter<String> answer20Adapter;
    private final TypeAdapter<String> answer21Adapter;
    private final TypeAdapter<Integer> answer22Adapter;
    private final TypeAdapter<Boolean> answer23Adapter;
    private final TypeAdapter<OffsetDateTime> answer24Adapter;
    private final TypeAdapter<String> answer25Adapter;
    private final TypeAdapter<String> answer26Adapter;
    private final TypeAdapter<Integer> answer27Adapter;
    private final TypeAdapter<Boolean> answer28Adapter;
    private final TypeAdapter<OffsetDateTime> answer29Adapter;
    private final TypeAdapter<String> answer30Adapter;
    private final TypeAdapter<String> answer31Adapter;
    private final TypeAdapter<Integer> answer32Adapter;
    private final TypeAdapter<Boolean> answer33Adapter;
    private final TypeAdapter<OffsetDateTime> answer34Adapter;
    private final TypeAdapter<String> answer35Adapter;
    private final TypeAdapter<String> answer36Adapter;
    private final TypeAdapter<Integer> answer37Adapter;
    private final TypeAdapter<Boolean> answer38Adapter;
    private final TypeAdapter<OffsetDateTime> answer39Adapter;
    private final TypeAdapter<String> answer40Adapter;
    private final TypeAdapter<String> answer41Adapter;
    private final TypeAdapter<Integer> answer42Adapter;
    private final TypeAdapter<Boolean> answer43Adapter;
    private final TypeAdapter<OffsetDateTime> answer44Adapter;
    private final TypeAdapter<String> answer45Adapter;
    private final TypeAdapter<String> answer46Adapter;
    private final TypeAdapter<Integer> answer47Adapter;
    private final TypeAdapter<Boolean> answer48Adapter;
    private final TypeAdapter<OffsetDateTime> answer49Adapter;
    private final TypeAdapter<String> answer50Adapter;
    private final TypeAdapter<String> answer51Adapter;
    private final TypeAdapter<Integer> answer52Adapter;
    private final TypeAdapter<Boolean> answer53Adapter;
    private final TypeAdapter<OffsetDateTime> answer54Adapter;
    private final TypeAdapter<String> answer55Adapter;
    private final TypeAdapter<String> answer56Adapter;
    private final TypeAdapter<Integer> answer57Adapter;
    private final TypeAdapter<Boolean> answer58Adapter;
    private final TypeAdapter<OffsetDateTime> answer59Adapter;
    private final TypeAdapter<String> answer60Adapter;
    private final TypeAdapter<String> answer61Adapter;
    private final TypeAdapter<Integer> answer62Adapter;
    private final TypeAdapter<Boolean> answer63Adapter;
    private final TypeAdapter<OffsetDateTime> answer64Adapter;
    private final TypeAdapter<String> answer65Adapter;
    private final TypeAdapter<String> answer66Adapter;
    private final TypeAdapter<Integer> answer67Adapter;
    private final TypeAdapter<Boolean> answer68Adapter;
    private final TypeAdapter<OffsetDateTime> answer69Adapter;
    private final TypeAdapter<String> answer70Adapter;
    private final TypeAdapter<String> answer71Adapter;
    private final TypeAdapter<Integer> answer72Adapter;
    private final TypeAdapter<Boolean> answer73Adapter;
    private final TypeAdapter<OffsetDateTime> answer74Adapter;
    private final TypeAdapter<String> answer75Adapter;
    private final TypeAdapter<String> answer76Adapter;
    private final TypeAdapter<Integer> answer77Adapter;
    private final TypeAdapter<Boolean> answer78Adapter;
    private final TypeAdapter<OffsetDateTime> answer79Adapter;
    private final TypeAdapter<String> answer80Adapter;

    @SuppressWarnings("unchecked")
    GsonAdapter(Gson gson) {
      this.answer01Adapter = gson.getAdapter(String.class);
      this.answer02Adapter = gson.getAdapter(Integer.class);
      this.answer03Adapter = gson.getAdapter(Boolean.class);
      this.answer04Adapter = Json.offsetDateTime();
      this.answer05Adapter = gson.getAdapter(String.class);
      this.answer06Adapter = gson.getAdapter(String.class);
      this.answer07Adapter = gson.getAdapter(Integer.class);
      this.answer08Adapter = gson.getAdapter(Boolean.class);
      this.answer09Adapter = Json.offsetDateTime();
      this.answer10Adapter = gson.getAdapter(String.class);
      this.answer11Adapter = gson.getAdapter(String.class);
      this.answer12Adapter = gson.getAdapter(Integer.class);
      this.answer13Adapter = gson.getAdapter(Boolean.class);
      this.answer14Adapter = Json.offsetDateTime();
      this.answer15Adapter = gson.getAdapter(String.class);
      this.answer16Adapter = gson.getAdapter(String.class);
      this.answer17Adapter = gson.getAdapter(Integer.class);
      this.answer18Adapter = gson.getAdapter(Boolean.class);
      this.answer19Adapter = Json.offsetDateTime();
      this.answer20Adapter = gson.getAdapter(String.class);
      this.answer21Adapter = gson.getAdapter(String.class);
      this.answer22Adapter = gson.getAdapter(Integer.class);
      this.answer23Adapter = gson.getAdapter(Boolean.class);
      this.answer24Adapter = Json.offsetDateTime();
      this.answer25Adapter = gson.getAdapter(String.class);
      this.answer26Adapter = gson.getAdapter(String.class);
      this.answer27Adapter = gson.getAdapter(Integer.class);
      this.answer28Adapter = gson.getAdapter(Boolean.class);
      this.answer29Adapter = Json.offsetDateTime();
      this.answer30Adapter = gson.getAdapter(String.class);
      this.answer31Adapter = gson.getAdapter(String.class);
      this.answer32Adapter = gson.getAdapter(Integer.class);
      this.answer33Adapter = gson.getAdapter(Boolean.class);
      this.answer34Adapter = Json.offsetDateTime();
      this.answer35Adapter = gson.getAdapter(String.class);
      this.answer36Adapter = gson.getAdapter(String.class);
      this.answer37Adapter = gson.getAdapter(Integer.class);
      this.answer38Adapter = gson.getAdapter(Boolean.class);
      this.answer39Adapter = Json.offsetDateTime();
      this.answer40Adapter = gson.getAdapter(String.class);
      this.answer41Adapter = gson.getAdapter(String.class);
      this.answer42Adapter = gson.getAdapter(Integer.class);
      this.answer43Adapter = gson.getAdapter(Boolean.class);
      this.answer44Adapter = Json.offsetDateTime();
      this.answer45Adapter = gson.getAdapter(String.class);
      this.answer46Adapter = gson.getAdapter(String.class);
      this.answer47Adapter = gson.getAdapter(Integer.class);
      this.answer48Adapter = gson.getAdapter(Boolean.class);
      this.answer49Adapter = Json.offsetDateTime();
      this.answer50Adapter = gson.getAdapter(String.class);
      this.answer51Adapter = gson.getAdapter(String.class);
      this.answer52Adapter = gson.getAdapter(Integer.class);
      this.answer53Adapter = gson.getAdapter(Boolean.class);
      this.answer54Adapter = Json.offsetDateTime();
      this.answer55Adapter = gson.getAdapter(String.class);
      this.answer56Adapter = gson.getAdapter(String.class);
      this.answer57Adapter = gson.getAdapter(Integer.class);
      this.answer58Adapter = gson.getAdapter(Boolean.class);
      this.answer59Adapter = Json.offsetDateTime();
      this.answer60Adapter = gson.getAdapter(String.class);
      this.answer61Adapter = gson.getAdapter(String.class);
      this.answer62Adapter = gson.getAdapter(Integer.class);
      this.answer63Adapter = gson.getAdapter(Boolean.class);
      this.answer64Adapter = Json.offsetDateTime();
      this.answer65Adapter = gson.getAdapter(String.class);
      this.answer66Adapter = gson.getAdapter(String.class);
      this.answer67Adapter = gson.getAdapter(Integer.class);
      this.answer68Adapter = gson.getAdapter(Boolean.class);
      this.answer69Adapter = Json.offsetDateTime();
      this.answer70Adapter = gson.getAdapter(String.class);
      this.answer71Adapter = gson.getAdapter(String.class);
      this.answer72Adapter = gson.getAdapter(Integer.class);
      this.answer73Adapter = gson.getAdapter(Boolean.class);
      this.answer74Adapter = Json.offsetDateTime();
      this.answer75Adapter = gson.getAdapter(String.class);
      this.answer76Adapter = gson.getAdapter(String.class);
      this.answer77Adapter = gson.getAdapter(Integer.class);
      this.answer78Adapter = gson.getAdapter(Boolean.class);
      this.answer79Adapter = Json.offsetDateTime();
      this.answer80Adapter = gson.getAdapter(String.class);
    }

    @Override
    public void write(JsonWriter out, Questionnaire value) throws IOException {
      out.beginObject();
      if (value.answer01 != null) {
        out.name("answer_01");
        answer01Adapter.write(out, value.answer01);
      }
      if (value.answer02 != null) {
        out.name("answer_02");
        answer02Adapter.write(out, value.answer02);
      }
      if (value.answer03 != null) {
        out.name("answer_03");
        answer03Adapter.write(out, value.answer03);
      }
      if (value.answer04 != null) {
        out.name("answer_04");
        answer04Adapter.write(out, value.answer04);
      } else if (value.answer04Text != null) {
        out.name("answer_04").value(value.answer04Text); // as received
      }
      if (value.answer05IsNull) {
        Json.writeNull(out, "answer_05");
      } else if (value.answer05 != null) {
        out.name("answer_05");
        answer05Adapter.write(out, value.answer05);
      }
      if (value.answer06 != null) {
        out.name("answer_06");
        answer06Adapter.write(out, value.answer06);
      }
      if (value.answer07 != null) {
        out.name("answer_07");
        answer07Adapter.write(out, value.answer07);
      }
      if (value.answer08 != null) {
        out.name("answer_08");
        answer08Adapter.write(out, value.answer08);
      }
      if (value.answer09 != null) {
        out.name("answer_09");
        answer09Adapter.write(out, value.answer09);
      } else if (value.answer09Text != null) {
        out.name("answer_09").value(value.answer09Text); // as received
      }
      if (value.answer10IsNull) {
        Json.writeNull(out, "answer_10");
      } else if (value.answer10 != null) {
        out.name("answer_10");
        answer10Adapter.write(out, value.answer10);
      }
      if (value.answer11 != null) {
        out.name("answer_11");
        answer11Adapter.write(out, value.answer11);
      }
      if (value.answer12 != null) {
        out.name("answer_12");
        answer12Adapter.write(out, value.answer12);
      }
      if (value.answer13 != null) {
        out.name("answer_13");
        answer13Adapter.write(out, value.answer13);
      }
      if (value.answer14 != null) {
        out.name("answer_14");
        answer14Adapter.write(out, value.answer14);
      } else if (value.answer14Text != null) {
        out.name("answer_14").value(value.answer14Text); // as received
      }
      if (value.answer15IsNull) {
        Json.writeNull(out, "answer_15");
      } else if (value.answer15 != null) {
        out.name("answer_15");
        answer15Adapter.write(out, value.answer15);
      }
      if (value.answer16 != null) {
        out.name("answer_16");
        answer16Adapter.write(out, value.answer16);
      }
      if (value.answer17 != null) {
        out.name("answer_17");
        answer17Adapter.write(out, value.answer17);
      }
      if (value.answer18 != null) {
        out.name("answer_18");
        answer18Adapter.write(out, value.answer18);
      }
      if (value.answer19 != null) {
        out.name("answer_19");
        answer19Adapter.write(out, value.answer19);
      } else if (value.answer19Text != null) {
        out.name("answer_19").value(value.answer19Text); // as received
      }
      if (value.answer20IsNull) {
        Json.writeNull(out, "answer_20");
      } else if (value.answer20 != null) {
        out.name("answer_20");
        answer20Adapter.write(out, value.answer20);
      }
      if (value.answer21 != null) {
        out.name("answer_21");
        answer21Adapter.write(out, value.answer21);
      }
      if (value.answer22 != null) {
        out.name("answer_22");
        answer22Adapter.write(out, value.answer22);
      }
      if (value.answer23 != null) {
        out.name("answer_23");
        answer23Adapter.write(out, value.answer23);
      }
      if (value.answer24 != null) {
        out.name("answer_24");
        answer24Adapter.write(out, value.answer24);
      } else if (value.answer24Text != null) {
        out.name("answer_24").value(value.answer24Text); // as received
      }
      if (value.answer25IsNull) {
        Json.writeNull(out, "answer_25");
      } else if (value.answer25 != null) {
        out.name("answer_25");
        answer25Adapter.write(out, value.answer25);
      }
      if (value.answer26 != null) {
        out.name("answer_26");
        answer26Adapter.write(out, value.answer26);
      }
      if (value.answer27 != null) {
        out.name("answer_27");
        answer27Adapter.write(out, value.answer27);
      }
      if (value.answer28 != null) {
        out.name("answer_28");
        answer28Adapter.write(out, value.answer28);
      }
      if (value.answer29 != null) {
        out.name("answer_29");
        answer29Adapter.write(out, value.answer29);
      } else if (value.answer29Text != null) {
        out.name("answer_29").value(value.answer29Text); // as received
      }
      if (value.answer30IsNull) {
        Json.writeNull(out, "answer_30");
      } else if (value.answer30 != null) {
        out.name("answer_30");
        answer30Adapter.write(out, value.answer30);
      }
      if (value.answer31 != null) {
        out.name("answer_31");
        answer31Adapter.write(out, value.answer31);
      }
      if (value.answer32 != null) {
        out.name("answer_32");
        answer32Adapter.write(out, value.answer32);
      }
      if (value.answer33 != null) {
        out.name("answer_33");
        answer33Adapter.write(out, value.answer33);
      }
      if (value.answer34 != null) {
        out.name("answer_34");
        answer34Adapter.write(out, value.answer34);
      } else if (value.answer34Text != null) {
        out.name("answer_34").value(value.answer34Text); // as received
      }
      if (value.answer35IsNull) {
        Json.writeNull(out, "answer_35");
      } else if (value.answer35 != null) {
        out.name("answer_35");
        answer35Adapter.write(out, value.answer35);
      }
      if (value.answer36 != null) {
        out.name("answer_36");
        answer36Adapter.write(out, value.answer36);
      }
      if (value.answer37 != null) {
        out.name("answer_37");
        answer37Adapter.write(out, value.answer37);
      }
      if (value.answer38 != null) {
        out.name("answer_38");
        answer38Adapter.write(out, value.answer38);
      }
      if (value.answer39 != null) {
        out.name("answer_39");
        answer39Adapter.write(out, value.answer39);
      } else if (value.answer39Text != null) {
        out.name("answer_39").value(value.answer39Text); // as received
      }
      if (value.answer40IsNull) {
        Json.writeNull(out, "answer_40");
      } else if (value.answer40 != null) {
        out.name("answer_40");
        answer40Adapter.write(out, value.answer40);
      }
      if (value.answer41 != null) {
        out.name("answer_41");
        answer41Adapter.write(out, value.answer41);
      }
      if (value.answer42 != null) {
        out.name("answer_42");
        answer42Adapter.write(out, value.answer42);
      }
      if (value.answer43 != null) {
        out.name("answer_43");
        answer43Adapter.write(out, value.answer43);
      }
      if (value.answer44 != null) {
        out.name("answer_44");
        answer44Adapter.write(out, value.answer44);
      } else if (value.answer44Text != null) {
        out.name("answer_44").value(value.answer44Text); // as received
      }
      if (value.answer45IsNull) {
        Json.writeNull(out, "answer_45");
      } else if (value.answer45 != null) {
        out.name("answer_45");
        answer45Adapter.write(out, value.answer45);
      }
      if (value.answer46 != null) {
        out.name("answer_46");
        answer46Adapter.write(out, value.answer46);
      }
      if (value.answer47 != null) {
        out.name("answer_47");
        answer47Adapter.write(out, value.answer47);
      }
      if (value.answer48 != null) {
        out.name("answer_48");
        answer48Adapter.write(out, value.answer48);
      }
      if (value.answer49 != null) {
        out.name("answer_49");
        answer49Adapter.write(out, value.answer49);
      } else if (value.answer49Text != null) {
        out.name("answer_49").value(value.answer49Text); // as received
      }
      if (value.answer50IsNull) {
        Json.writeNull(out, "answer_50");
      } else if (value.answer50 != null) {
        out.name("answer_50");
        answer50Adapter.write(out, value.answer50);
      }
      if (value.answer51 != null) {
        out.name("answer_51");
        answer51Adapter.write(out, value.answer51);
      }
      if (value.answer52 != null) {
        out.name("answer_52");
        answer52Adapter.write(out, value.answer52);
      }
      if (value.answer53 != null) {
        out.name("answer_53");
        answer53Adapter.write(out, value.answer53);
      }
      if (value.answer54 != null) {
        out.name("answer_54");
        answer54Adapter.write(out, value.answer54);
      } else if (value.answer54Text != null) {
        out.name("answer_54").value(value.answer54Text); // as received
      }
      if (value.answer55IsNull) {
        Json.writeNull(out, "answer_55");
      } else if (value.answer55 != null) {
        out.name("answer_55");
        answer55Adapter.write(out, value.answer55);
      }
      if (value.answer56 != null) {
        out.name("answer_56");
        answer56Adapter.write(out, value.answer56);
      }
      if (value.answer57 != null) {
        out.name("answer_57");
        answer57Adapter.write(out, value.answer57);
      }
      if (value.answer58 != null) {
        out.name("answer_58");
        answer58Adapter.write(out, value.answer58);
      }
      if (value.answer59 != null) {
        out.name("answer_59");
        answer59Adapter.write(out, value.answer59);
      } else if (value.answer59Text != null) {
        out.name("answer_59").value(value.answer59Text); // as received
      }
      if (value.answer60IsNull) {
        Json.writeNull(out, "answer_60");
      } else if (value.answer60 != null) {
        out.name("answer_60");
        answer60Adapter.write(out, value.answer60);
      }
      if (value.answer61 != null) {
        out.name("answer_61");
        answer61Adapter.write(out, value.answer61);
      }
      if (value.answer62 != null) {
        out.name("answer_62");
        answer62Adapter.write(out, value.answer62);
      }
      if (value.answer63 != null) {
        out.name("answer_63");
        answer63Adapter.write(out, value.answer63);
      }
      if (value.answer64 != null) {
        out.name("answer_64");
        answer64Adapter.write(out, value.answer64);
      } else if (value.answer64Text != null) {
        out.name("answer_64").value(value.answer64Text); // as received
      }
      if (value.answer65IsNull) {
        Json.writeNull(out, "answer_65");
      } else if (value.answer65 != null) {
        out.name("answer_65");
        answer65Adapter.write(out, value.answer65);
      }
      if (value.answer66 != null) {
        out.name("answer_66");
        answer66Adapter.write(out, value.answer66);
      }
      if (value.answer67 != null) {
        out.name("answer_67");
        answer67Adapter.write(out, value.answer67);
      }
      if (value.answer68 != null) {
        out.name("answer_68");
        answer68Adapter.write(out, value.answer68);
      }
      if (value.answer69 != null) {
        out.name("answer_69");
        answer69Adapter.write(out, value.answer69);
      } else if (value.answer69Text != null) {
        out.name("answer_69").value(value.answer69Text); // as received
      }
      if (value.answer70IsNull) {
        Json.writeNull(out, "answer_70");
      } else if (value.answer70 != null) {
        out.name("answer_70");
        answer70Adapter.write(out, value.answer70);
      }
      if (value.answer71 != null) {
        out.name("answer_71");
        answer71Adapter.write(out, value.answer71);
      }
      if (value.answer72 != null) {
        out.name("answer_72");
        answer72Adapter.write(out, value.answer72);
      }
      if (value.answer73 != null) {
        out.name("answer_73");
        answer73Adapter.write(out, value.answer73);
      }
      if (value.answer74 != null) {
        out.name("answer_74");
        answer74Adapter.write(out, value.answer74);
      } else if (value.answer74Text != null) {
        out.name("answer_74").value(value.answer74Text); // as received
      }
      if (value.answer75IsNull) {
        Json.writeNull(out, "answer_75");
      } else if (value.answer75 != null) {
        out.name("answer_75");
        answer75Adapter.write(out, value.answer75);
      }
      if (value.answer76 != null) {
        out.name("answer_76");
        answer76Adapter.write(out, value.answer76);
      }
      if (value.answer77 != null) {
        out.name("answer_77");
        answer77Adapter.write(out, value.answer77);
      }
      if (value.answer78 != null) {
        out.name("answer_78");
        answer78Adapter.write(out, value.answer78);
      }
      if (value.answer79 != null) {
        out.name("answer_79");
        answer79Adapter.write(out, value.answer79);
      } else if (value.answer79Text != null) {
        out.name("answer_79").value(value.answer79Text); // as received
      }
      if (value.answer80IsNull) {
        Json.writeNull(out, "answer_80");
      } else if (value.answer80 != null) {
        out.name("answer_80");
        answer80Adapter.write(out, value.answer80);
      }
      out.endObject();
    }

    @Override
    public Questionnaire read(JsonReader in) throws IOException {
      Questionnaire value = new Questionnaire();
      Json.beginObject(in, "Questionnaire");
      int next = 0; // the index in KEYS of the key expected next
      while (in.hasNext()) {
        String key = in.nextName();
        // Comparing with the expected key is a length check and an array compare; only a key out
        // of order pays for the switch's hash of the whole string.
        int property = Json.isKeyAt(KEYS, next, key) ? next + 1 : propertyOf(key);
        next = property; // after a key the SDK does not know (0), the first key is expected
        switch (property) {
          case 1:
            value.answer01 = answer01Adapter.read(in);
            break;
          case 2:
            value.answer02 = answer02Adapter.read(in);
            break;
          case 3:
            value.answer03 = answer03Adapter.read(in);
            break;
          case 4:
            value.answer04Text = Json.readDateTimeText(in);
            break;
          case 5:
            value.answer05 = answer05Adapter.read(in);
            value.answer05IsNull = value.answer05 == null;
            break;
          case 6:
            value.answer06 = answer06Adapter.read(in);
            break;
          case 7:
            value.answer07 = answer07Adapter.read(in);
            break;
          case 8:
            value.answer08 = answer08Adapter.read(in);
            break;
          case 9:
            value.answer09Text = Json.readDateTimeText(in);
            break;
          case 10:
            value.answer10 = answer10Adapter.read(in);
            value.answer10IsNull = value.answer10 == null;
            break;
          case 11:
            value.answer11 = answer11Adapter.read(in);
            break;
          case 12:
            value.answer12 = answer12Adapter.read(in);
            break;
          case 13:
            value.answer13 = answer13Adapter.read(in);
            break;
          case 14:
            value.answer14Text = Json.readDateTimeText(in);
            break;
          case 15:
            value.answer15 = answer15Adapter.read(in);
            value.answer15IsNull = value.answer15 == null;
            break;
          case 16:
            value.answer16 = answer16Adapter.read(in);
            break;
          case 17:
            value.answer17 = answer17Adapter.read(in);
            break;
          case 18:
            value.answer18 = answer18Adapter.read(in);
            break;
          case 19:
            value.answer19Text = Json.readDateTimeText(in);
            break;
          case 20:
            value.answer20 = answer20Adapter.read(in);
            value.answer20IsNull = value.answer20 == null;
            break;
          case 21:
            value.answer21 = answer21Adapter.read(in);
            break;
          case 22:
            value.answer22 = answer22Adapter.read(in);
            break;
          case 23:
            value.answer23 = answer23Adapter.read(in);
            break;
          case 24:
            value.answer24Text = Json.readDateTimeText(in);
            break;
          case 25:
            value.answer25 = answer25Adapter.read(in);
            value.answer25IsNull = value.answer25 == null;
            break;
          case 26:
            value.answer26 = answer26Adapter.read(in);
            break;
          case 27:
            value.answer27 = answer27Adapter.read(in);
            break;
          case 28:
            value.answer28 = answer28Adapter.read(in);
            break;
          case 29:
            value.answer29Text = Json.readDateTimeText(in);
            break;
          case 30:
            value.answer30 = answer30Adapter.read(in);
            value.answer30IsNull = value.answer30 == null;
            break;
          case 31:
            value.answer31 = answer31Adapter.read(in);
            break;
          case 32:
            value.answer32 = answer32Adapter.read(in);
            break;
          case 33:
            value.answer33 = answer33Adapter.read(in);
            break;
          case 34:
            value.answer34Text = Json.readDateTimeText(in);
            break;
          case 35:
            value.answer35 = answer35Adapter.read(in);
            value.answer35IsNull = value.answer35 == null;
            break;
          case 36:
            value.answer36 = answer36Adapter.read(in);
            break;
          case 37:
            value.answer37 = answer37Adapter.read(in);
            break;
          case 38:
            value.answer38 = answer38Adapter.read(in);
            break;
          case 39:
            value.answer39Text = Json.readDateTimeText(in);
            break;
          case 40:
            value.answer40 = answer40Adapter.read(in);
            value.answer40IsNull = value.answer40 == null;
            break;
          case 41:
            value.answer41 = answer41Adapter.read(in);
            break;
          case 42:
            value.answer42 = answer42Adapter.read(in);
            break;
          case 43:
            value.answer43 = answer43Adapter.read(in);
            break;
          case 44:
            value.answer44Text = Json.readDateTimeText(in);
            break;
          case 45:
            value.answer45 = answer45Adapter.read(in);
            value.answer45IsNull = value.answer45 == null;
            break;
          case 46:
            value.answer46 = answer46Adapter.read(in);
            break;
          case 47:
            value.answer47 = answer47Adapter.read(in);
            break;
          case 48:
            value.answer48 = answer48Adapter.read(in);
            break;
          case 49:
            value.answer49Text = Json.readDateTimeText(in);
            break;
          case 50:
            value.answer50 = answer50Adapter.read(in);
            value.answer50IsNull = value.answer50 == null;
            break;
          case 51:
            value.answer51 = answer51Adapter.read(in);
            break;
          case 52:
            value.answer52 = answer52Adapter.read(in);
            break;
          case 53:
            value.answer53 = answer53Adapter.read(in);
            break;
          case 54:
            value.answer54Text = Json.readDateTimeText(in);
            break;
          case 55:
            value.answer55 = answer55Adapter.read(in);
            value.answer55IsNull = value.answer55 == null;
            break;
          case 56:
            value.answer56 = answer56Adapter.read(in);
            break;
          case 57:
            value.answer57 = answer57Adapter.read(in);
            break;
          case 58:
            value.answer58 = answer58Adapter.read(in);
            break;
          case 59:
            value.answer59Text = Json.readDateTimeText(in);
            break;
          case 60:
            value.answer60 = answer60Adapter.read(in);
            value.answer60IsNull = value.answer60 == null;
            break;
          case 61:
            value.answer61 = answer61Adapter.read(in);
            break;
          case 62:
            value.answer62 = answer62Adapter.read(in);
            break;
          case 63:
            value.answer63 = answer63Adapter.read(in);
            break;
          case 64:
            value.answer64Text = Json.readDateTimeText(in);
            break;
          case 65:
            value.answer65 = answer65Adapter.read(in);
            value.answer65IsNull = value.answer65 == null;
            break;
          case 66:
            value.answer66 = answer66Adapter.read(in);
            break;
          case 67:
            value.answer67 = answer67Adapter.read(in);
            break;
          case 68:
            value.answer68 = answer68Adapter.read(in);
            break;
          case 69:
            value.answer69Text = Json.readDateTimeText(in);
            break;
          case 70:
            value.answer70 = answer70Adapter.read(in);
            value.answer70IsNull = value.answer70 == null;
            break;
          case 71:
            value.answer71 = answer71Adapter.read(in);
            break;
          case 72:
            value.answer72 = answer72Adapter.read(in);
            break;
          case 73:
            value.answer73 = answer73Adapter.read(in);
            break;
          case 74:
            value.answer74Text = Json.readDateTimeText(in);
            break;
          case 75:
            value.answer75 = answer75Adapter.read(in);
            value.answer75IsNull = value.answer75 == null;
            break;
          case 76:
            value.answer76 = answer76Adapter.read(in);
            break;
          case 77:
            value.answer77 = answer77Adapter.read(in);
            break;
          case 78:
            value.answer78 = answer78Adapter.read(in);
            break;
          case 79:
            value.answer79Text = Json.readDateTimeText(in);
            break;
          case 80:
            value.answer80 = answer80Adapter.read(in);
            value.answer80IsNull = value.answer80 == null;
            break;
          default:
            in.skipValue();
        }
      }
      in.endObject();
      if (value.answer03 == null) {
        throw Json.missing("Questionnaire.answer_03", in);
      }
      if (value.answer06 == null) {
        throw Json.missing("Questionnaire.answer_06", in);
      }
      if (value.answer09Text == null) {
        throw Json.missing("Questionnaire.answer_09", in);
      }
      if (value.answer12 == null) {
        throw Json.missing("Questionnaire.answer_12", in);
      }
      if (value.answer18 == null) {
        throw Json.missing("Questionnaire.answer_18", in);
      }
      if (value.answer21 == null) {
        throw Json.missing("Questionnaire.answer_21", in);
      }
      if (value.answer24Text == null) {
        throw Json.missing("Questionnaire.answer_24", in);
      }
      if (value.answer27 == null) {
        throw Json.missing("Questionnaire.answer_27", in);
      }
      if (value.answer33 == null) {
        throw Json.missing("Questionnaire.answer_33", in);
      }
      if (value.answer36 == null) {
        throw Json.missing("Questionnaire.answer_36", in);
      }
      if (value.answer39Text == null) {
        throw Json.missing("Questionnaire.answer_39", in);
      }
      if (value.answer42 == null) {
        throw Json.missing("Questionnaire.answer_42", in);
      }
      if (value.answer48 == null) {
        throw Json.missing("Questionnaire.answer_48", in);
      }
      if (value.answer51 == null) {
        throw Json.missing("Questionnaire.answer_51", in);
      }
      if (value.answer54Text == null) {
        throw Json.missing("Questionnaire.answer_54", in);
      }
      if (value.answer57 == null) {
        throw Json.missing("Questionnaire.answer_57", in);
      }
      if (value.answer63 == null) {
        throw Json.missing("Questionnaire.answer_63", in);
      }
      if (value.answer66 == null) {
        throw Json.missing("Questionnaire.answer_66", in);
      }
      if (value.answer69Text == null) {
        throw Json.missing("Questionnaire.answer_69", in);
      }
      if (value.answer72 == null) {
        throw Json.missing("Questionnaire.answer_72", in);
      }
      if (value.answer78 == null) {
        throw Json.missing("Questionnaire.answer_78", in);
      }
      return value;
    }

    /** The 1-based index of {@code key} in {@link #KEYS}, or 0 for a key the SDK does not know. */
    private static int propertyOf(String key) {
      switch (key) {
        case "answer_01":
          return 1;
        case "answer_02":
          return 2;
        case "answer_03":
          return 3;
        case "answer_04":
          return 4;
        case "answer_05":
          return 5;
        case "answer_06":
          return 6;
        case "answer_07":
          return 7;
        case "answer_08":
          return 8;
        case "answer_09":
          return 9;
        case "answer_10":
          return 10;
        case "answer_11":
          return 11;
        case "answer_12":
          return 12;
        case "answer_13":
          return 13;
        case "answer_14":
          return 14;
        case "answer_15":
          return 15;
        case "answer_16":
          return 16;
        case "answer_17":
          return 17;
        case "answer_18":
          return 18;
        case "answer_19":
          return 19;
        case "answer_20":
          return 20;
        case "answer_21":
          return 21;
        case "answer_22":
          return 22;
        case "answer_23":
          return 23;
        case "answer_24":
          return 24;
        case "answer_25":
          return 25;
        case "answer_26":
          return 26;
        case "answer_27":
          return 27;
        case "answer_28":
          return 28;
        case "answer_29":
          return 29;
        case "answer_30":
          return 30;
        case "answer_31":
          return 31;
        case "answer_32":
          return 32;
        case "answer_33":
          return 33;
        case "answer_34":
          return 34;
        case "answer_35":
          return 35;
        case "answer_36":
          return 36;
        case "answer_37":
          return 37;
        case "answer_38":
          return 38;
        case "answer_39":
          return 39;
        case "answer_40":
          return 40;
        case "answer_41":
          return 41;
        case "answer_42":
          return 42;
        case "answer_43":
          return 43;
        case "answer_44":
          return 44;
        case "answer_45":
          return 45;
        case "answer_46":
          return 46;
        case "answer_47":
          return 47;
        case "answer_48":
          return 48;
        case "answer_49":
          return 49;
        case "answer_50":
          return 50;
        case "answer_51":
          return 51;
        case "answer_52":
          return 52;
        case "answer_53":
          return 53;
        case "answer_54":
          return 54;
        case "answer_55":
          return 55;
        case "answer_56":
          return 56;
        case "answer_57":
          return 57;
        case "answer_58":
          return 58;
        case "answer_59":
          return 59;
        case "answer_60":
          return 60;
        case "answer_61":
          return 61;
        case "answer_62":
          return 62;
        case "answer_63":
          return 63;
        case "answer_64":
          return 64;
        case "answer_65":
          return 65;
        case "answer_66":
          return 66;
        case "answer_67":
          return 67;
        case "answer_68":
          return 68;
        case "answer_69":
          return 69;
        case "answer_70":
          return 70;
        case "answer_71":
          return 71;
        case "answer_72":
          return 72;
        case "answer_73":
          return 73;
        case "answer_74":
          return 74;
        case "answer_75":
          return 75;
        case "answer_76":
          return 76;
        case "answer_77":
          return 77;
        case "answer_78":
          return 78;
        case "answer_79":
          return 79;
        case "answer_80":
          return 80;
        default:
          return 0;
      }
    }
  }
}
