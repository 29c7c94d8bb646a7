using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ekko.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TextInsights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RedactPii",
                table: "Workspaces",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CommentAnalyses",
                columns: table => new
                {
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Sentiment = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Phrases = table.Column<string>(type: "TEXT", nullable: false),
                    Keyphrases = table.Column<string>(type: "TEXT", nullable: false),
                    TaxonomyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    AnalyzedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommentAnalyses", x => x.ResponseId);
                    table.ForeignKey(
                        name: "FK_CommentAnalyses_Responses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "Responses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TextPipelines",
                columns: table => new
                {
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Taxonomy = table.Column<string>(type: "TEXT", nullable: true),
                    TaxonomyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    AnalyzedSeq = table.Column<long>(type: "INTEGER", nullable: false),
                    ReanalysisSeq = table.Column<long>(type: "INTEGER", nullable: false),
                    ReanalysisTarget = table.Column<long>(type: "INTEGER", nullable: false),
                    ReanalysisDone = table.Column<int>(type: "INTEGER", nullable: false),
                    ReanalysisTotal = table.Column<int>(type: "INTEGER", nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TextPipelines", x => x.WorkspaceId);
                    table.ForeignKey(
                        name: "FK_TextPipelines_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommentThemes",
                columns: table => new
                {
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThemeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Sentiment = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommentThemes", x => new { x.ResponseId, x.ThemeId });
                    table.ForeignKey(
                        name: "FK_CommentThemes_CommentAnalyses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "CommentAnalyses",
                        principalColumn: "ResponseId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommentAnalyses_WorkspaceId_SubmittedAt",
                table: "CommentAnalyses",
                columns: new[] { "WorkspaceId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CommentThemes_WorkspaceId_ThemeId_SubmittedAt",
                table: "CommentThemes",
                columns: new[] { "WorkspaceId", "ThemeId", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommentThemes");

            migrationBuilder.DropTable(
                name: "TextPipelines");

            migrationBuilder.DropTable(
                name: "CommentAnalyses");

            migrationBuilder.DropColumn(
                name: "RedactPii",
                table: "Workspaces");
        }
    }
}
