using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ekko.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ChangeFeedAndActivity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActivityTypes",
                table: "Workspaces",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "ActivityWindowDays",
                table: "Workspaces",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "ChangeSeq",
                table: "Workspaces",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Seq",
                table: "Responses",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Seq",
                table: "Customers",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "CustomerErasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<long>(type: "bigint", nullable: false),
                    ErasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerErasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomerErasures_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Responses_WorkspaceId_Seq",
                table: "Responses",
                columns: new[] { "WorkspaceId", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_Customers_WorkspaceId_Seq",
                table: "Customers",
                columns: new[] { "WorkspaceId", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerErasures_WorkspaceId_Seq",
                table: "CustomerErasures",
                columns: new[] { "WorkspaceId", "Seq" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomerErasures");

            migrationBuilder.DropIndex(
                name: "IX_Responses_WorkspaceId_Seq",
                table: "Responses");

            migrationBuilder.DropIndex(
                name: "IX_Customers_WorkspaceId_Seq",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "ActivityTypes",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "ActivityWindowDays",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "ChangeSeq",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "Seq",
                table: "Responses");

            migrationBuilder.DropColumn(
                name: "Seq",
                table: "Customers");
        }
    }
}
