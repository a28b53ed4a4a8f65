package thw2.digits;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import thw2.args.Require;
import thw2.show.Picture;

/**
 * Pictures of digits: a grid with one digit image per cell, dark ink on white, column titles above
 * and row titles to the left. Make the result the last expression of a notebook cell to show it.
 */
public final class DigitPictures {
    private static final int GAP = 4;

    private DigitPictures() {}

    /** The picture's plain-text form, e.g. {@code [digits: 3 × 8 grid; rows: as written, deslanted, …]}. */
    static String describe(int gridRows, int gridCols, String[] rowTitles) {
        StringBuilder b = new StringBuilder("[digits: ").append(gridRows).append(" × ").append(gridCols).append(" grid");
        if (rowTitles != null && rowTitles.length > 0) {
            b.append("; rows: ");
            for (int r = 0; r < Math.min(gridRows, rowTitles.length); r++) {
                b.append(r == 0 ? "" : ", ").append(rowTitles[r] == null ? "" : rowTitles[r]);
            }
        }
        return b.append(']').toString();
    }

    /**
     * A grid picture. {@code cells[r][c]} is a row-major {@code rows × cols} image with values in [0, 1]
     * (or null for an empty cell); every pixel becomes a {@code scale × scale} square. The result is a
     * {@link Picture}, whose plain-text form names the grid's size and row titles.
     */
    public static BufferedImage grid(float[][][] cells, int rows, int cols, String[] columnTitles,
                                     String[] rowTitles, int scale) {
        Require.notNull(cells, "cells");
        Require.positive(scale, "scale");
        Require.positive(rows, "rows");
        Require.positive(cols, "cols");
        int gridRows = cells.length;
        int gridCols = 0;
        for (int r = 0; r < cells.length; r++) {
            Require.notNull(cells[r], "cells[" + r + "]");
            gridCols = Math.max(gridCols, cells[r].length);
        }
        // the picture's size, before anything is drawn: (cols·scale + gap)·gridCols by (rows·scale + gap)·gridRows
        Require.entries(((double) cols * scale + GAP) * gridCols * (((double) rows * scale + GAP) * gridRows + 40)
                + 1, "the picture of " + gridRows + "×" + gridCols + " cells of rows×cols = " + rows + "×" + cols
                + " at scale " + scale + ": its pixels");
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(font);
        pg.dispose();
        int labelWidth = 0;
        if (rowTitles != null) {
            for (String t : rowTitles) {
                labelWidth = Math.max(labelWidth, t == null ? 0 : fm.stringWidth(t) + 2 * GAP);
            }
        }
        int cellW = cols * scale;
        int cellH = rows * scale;
        int headerH = columnTitles == null ? 0 : fm.getHeight() + GAP;
        int width = labelWidth + gridCols * (cellW + GAP) + GAP;
        int height = headerH + gridRows * (cellH + GAP) + GAP;
        Picture img = new Picture(width, height, describe(gridRows, gridCols, rowTitles));
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(font);
        g.setColor(Color.DARK_GRAY);
        if (columnTitles != null) {
            for (int c = 0; c < Math.min(gridCols, columnTitles.length); c++) {
                String t = columnTitles[c] == null ? "" : columnTitles[c];
                int x = labelWidth + GAP + c * (cellW + GAP) + (cellW - fm.stringWidth(t)) / 2;
                g.drawString(t, x, fm.getAscent() + GAP / 2);
            }
        }
        if (rowTitles != null) {
            for (int r = 0; r < Math.min(gridRows, rowTitles.length); r++) {
                String t = rowTitles[r] == null ? "" : rowTitles[r];
                int y = headerH + GAP + r * (cellH + GAP) + (cellH + fm.getAscent()) / 2;
                g.drawString(t, GAP, y);
            }
        }
        Color frame = new Color(220, 220, 220);
        for (int r = 0; r < gridRows; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                int x0 = labelWidth + GAP + c * (cellW + GAP);
                int y0 = headerH + GAP + r * (cellH + GAP);
                g.setColor(frame);
                g.drawRect(x0 - 1, y0 - 1, cellW + 1, cellH + 1);
                float[] im = cells[r][c];
                if (im == null) {
                    continue;
                }
                try {
                    InkBox.checkImage(im, rows, cols);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("cells[" + r + "][" + c + "]: " + e.getMessage(), e);
                }
                for (int y = 0; y < rows; y++) {
                    for (int x = 0; x < cols; x++) {
                        float v = Math.max(0f, Math.min(1f, im[y * cols + x]));
                        int grey = Math.round(255 * (1 - v));
                        g.setColor(new Color(grey, grey, grey));
                        g.fillRect(x0 + x * scale, y0 + y * scale, scale, scale);
                    }
                }
            }
        }
        g.dispose();
        return img;
    }
}
