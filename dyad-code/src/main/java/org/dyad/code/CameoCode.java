package org.dyad.code;

/**
 * Facts about one CAMEO code.
 *
 * @param code       2 to 4 digits
 * @param goldstein  Goldstein scale value, -10 (most conflictual) to +10
 * @param ploverType PLOVER event type, or {@code null} where PLOVER has none (01 statements)
 * @param ploverMode PLOVER mode or {@code null}
 * @param name       the code's name in the codebook
 */
public record CameoCode(String code, double goldstein, String ploverType, String ploverMode, String name) {

    public String root() {
        return code.substring(0, 2);
    }

    /** 1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20). */
    public int quadClass() {
        int root = Integer.parseInt(root());
        if (root <= 5) {
            return 1;
        }
        if (root <= 8) {
            return 2;
        }
        return root <= 13 ? 3 : 4;
    }
}
