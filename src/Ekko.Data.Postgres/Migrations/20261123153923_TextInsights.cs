using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ekko.Data.Postgres.Migrations
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CommentAnalyses",
                columns: table => new
                {
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Sentiment = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Phrases = table.Column<string>(type: "jsonb", nullable: false),
                    Keyphrases = table.Column<string>(type: "jsonb", nullable: false),
                    TaxonomyVersion = table.Column<int>(type: "integer", nullable: false),
                    AnalyzedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Taxonomy = table.Column<string>(type: "text", nullable: true),
                    TaxonomyVersion = table.Column<int>(type: "integer", nullable: false),
                    AnalyzedSeq = table.Column<long>(type: "bigint", nullable: false),
                    ReanalysisSeq = table.Column<long>(type: "bigint", nullable: false),
                    ReanalysisTarget = table.Column<long>(type: "bigint", nullable: false),
                    ReanalysisDone = table.Column<int>(type: "integer", nullable: false),
                    ReanalysisTotal = table.Column<int>(type: "integer", nullable: true),
                    LeaseOwner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ThemeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Sentiment = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false)
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
